import type { ProductionAspect } from '../../model/evidence';
import { buildPhraseLexicon, type PhraseLexicon } from '../../text/phrase-lexicon';
import { SPANISH_GERMAN_SIGNALS } from './production-signals-es-de';
import { ROMANCE_GERMANIC_SLAVIC_SIGNALS } from './production-signals-fr-pt-it-nl-pl';
import { cue, each, tech, verb, type SignalRow } from './signal-rows';

/**
 * What a phrase tells about production work:
 * - `cue`: production practice on its own ("in production", "CI/CD", "on-call", "model registry");
 * - `verb`: a shipping/operating word that only counts next to software ("deployed", "served", "launched");
 * - `tech`: a named infrastructure, serving, MLOps or monitoring product (implies an aspect when used);
 * - `anchor`: a named technology or a concrete target that makes a statement specific;
 * - `library`: a code library or language: specific, but code rather than a running system;
 * - `software`: a noun that says the object is software, so ambiguous verbs count;
 * - `model`: a model, which is software but not yet a running system ("maintained churn models");
 * - `hedge`: the sentence is a claim, a course or a wish, not a statement of work done;
 * - `offtopic`: production or deployment outside software (film production, troops, spreadsheets);
 * - `research`: training and experiments, where cloud and container tools are not production work;
 * - `academic`: a lab, a paper, a benchmark or offline evaluation: work that runs nowhere but in research,
 *   so only an explicit production word ("in production", "went live") makes it production evidence.
 */
export type ProductionSignal =
  | { kind: 'cue'; aspect: ProductionAspect }
  | { kind: 'verb'; aspect: ProductionAspect }
  | { kind: 'tech'; aspect: ProductionAspect }
  | { kind: 'anchor' }
  | { kind: 'library' }
  | { kind: 'software' }
  | { kind: 'model' }
  | { kind: 'hedge' }
  | { kind: 'offtopic' }
  | { kind: 'research' }
  | { kind: 'academic' };

const CUES: SignalRow[] = [
  ...cue('deployment', [
    'in production', 'into production', 'to production', 'in prod', 'to prod', 'into prod', 'production environment',
    'production environments', 'production system', 'production systems', 'production traffic', 'production grade',
    'production ready', 'production quality', 'production code', 'production ml', 'production ai', 'production model',
    'production models', 'production deployment', 'production deployments', 'production pipeline', 'production pipelines',
    'production service', 'production services', 'production workloads', 'production servers', 'production database',
    'production infrastructure', 'production release',
    'productionize', 'productionized', 'productionizing', 'productionise', 'productionised', 'productionising',
    'productionization', 'go live', 'went live', 'gone live', 'deployment pipeline', 'deployment pipelines',
    'release pipeline', 'release pipelines', 'release process', 'release management', 'devops',
    'blue green deployment', 'blue green deployments', 'zero downtime deployment', 'zero downtime deployments',
  ]),
  ...cue('serving', [
    'model serving', 'online serving', 'serving layer', 'serving infrastructure', 'serving stack', 'inference api',
    'inference apis', 'inference endpoint', 'inference endpoints', 'inference service', 'inference services',
    'inference server', 'inference servers', 'inference pipeline', 'inference pipelines', 'model endpoint',
    'model endpoints', 'real time inference', 'realtime inference', 'online inference', 'batch inference',
    'batch scoring', 'batch prediction', 'batch predictions', 'low latency inference', 'prediction service',
    'prediction api', 'scoring service', 'model api', 'model apis',
  ]),
  ...cue('monitoring', [
    'observability', 'model monitoring', 'ml monitoring', 'performance monitoring', 'production monitoring',
    'monitoring and alerting', 'alerting', 'alerts', 'health checks', 'distributed tracing', 'centralized logging', 'centralised logging', 'log aggregation', 'structured logging',
    'instrumentation', 'observability dashboards', 'monitoring dashboards',
  ]),
  ...cue('drift', ['drift', 'data drift', 'concept drift', 'model drift', 'drift detection', 'drift monitoring', 'feature drift']),
  ...cue('ab-testing', [
    'online a b test', 'online a b tests', 'online ab test', 'online ab tests', 'feature flags', 'feature flag',
    'online experiment',
    'online experiments', 'online experimentation', 'canary', 'canary release', 'canary releases', 'canary deployment',
    'canary deployments', 'shadow deployment', 'shadow deployments', 'shadow mode', 'shadow traffic',
    'champion challenger', 'interleaving experiments', 'multi armed bandit',
  ]),
  ...cue('retraining', [
    'retraining', 'retrain', 'retrained', 'retrains', 're training', 'continuous training', 'retraining pipeline',
    'retraining pipelines', 'automated retraining', 'scheduled retraining', 'training pipeline', 'training pipelines',
  ]),
  ...cue('ci-cd', [
    'ci cd', 'cicd', 'ci pipeline', 'ci pipelines', 'cd pipeline', 'continuous integration', 'continuous deployment', 'continuous delivery',
    'build pipeline', 'build pipelines', 'gitops',
  ]),
  ...cue('rollback', ['rollback', 'rollbacks', 'roll back', 'rolled back', 'rolling back', 'roll backs']),
  ...cue('on-call', [
    'on call', 'oncall', 'pager', 'pager duty', 'incident response', 'incident management', 'incidents', 'incident',
    'postmortem', 'postmortems', 'post mortem', 'post mortems', 'production issues', 'production incidents',
    'production support', 'production outages', 'outage', 'outages', 'root cause analysis',
  ]),
  ...cue('slo', [
    'slo', 'slos', 'sla', 'slas', 'sli', 'slis', 'latency budget', 'latency budgets', 'error budget', 'error budgets',
    'p99', 'p95', 'p90', 'p50', 'p999', 'tail latency', 'uptime', 'high availability', 'response time', 'response times',
    'load time', 'load times', 'latency', 'throughput', 'qps', 'rps', 'requests per second', 'queries per second',
    // What a running system costs is a number about it, like its latency.
    'serving cost', 'serving costs', 'inference cost', 'inference costs', 'hosting cost', 'hosting costs', 'compute cost',
    'compute costs', 'cloud cost', 'cloud costs', 'infrastructure cost', 'infrastructure costs', 'gpu cost', 'gpu costs',
  ]),
  ...cue('mlops', [
    'mlops', 'ml ops', 'llmops', 'model registry', 'model registries', 'feature store', 'feature stores',
    'model versioning', 'model lifecycle', 'ml platform', 'ml pipelines in production',
  ]),
  ...cue('infrastructure', [
    'autoscaling', 'auto scaling', 'autoscaled', 'horizontal pod autoscaler', 'infrastructure as code', 'iac',
    'load balancer', 'load balancers', 'load balancing', 'containerized', 'containerised', 'containerization',
    'containerisation', 'dockerized', 'dockerised', 'site reliability', 'sre', 'disaster recovery', 'failover',
    'cloud infrastructure', 'kubernetes cluster', 'kubernetes clusters',
  ]),
];

const VERBS: SignalRow[] = [
  ...verb('deployment', [
    'deploy', 'deploys', 'deployed', 'deploying', 'deployment', 'deployments', 'redeployed', 'ship', 'ships', 'shipped',
    'shipping', 'launch', 'launched', 'launching', 'launches', 'release', 'released', 'releasing', 'releases',
    'roll out', 'rolled out', 'rolling out', 'rollout', 'rollouts',
    'деплой', 'деплоя', 'деплоил', 'задеплоил', 'развернул', 'развёртывание', 'развертывание', 'развёртывания',
    'развертывания', 'развёртыванием', 'развертыванием', 'продакшн', 'продакшен', 'продакшена', 'продакшене', 'прод',
  ]),
  ...verb('serving', ['serve', 'serves', 'served', 'serving', 'hosted', 'hosting', 'инференс', 'инференса']),
  // An A/B test is also a statistics method ("Methods: A/B testing, survival analysis"): it is
  // production work only on a product, a model or its traffic.
  ...verb('ab-testing', [
    'a b test', 'a b tests', 'a b testing', 'a b tested', 'a b experiment', 'a b experiments', 'a b experimentation',
    'ab test', 'ab tests', 'ab testing', 'ab experiments', 'split test', 'split tests', 'split testing',
  ]),
  ...verb('monitoring', ['monitor', 'monitors', 'monitored', 'monitoring', 'instrumented', 'мониторинг']),
  ...verb('scale', ['scale', 'scaled', 'scaling', 'scales', 'handles', 'handling', 'handled', 'supporting', 'supports', 'used by', 'powers', 'powering']),
  ...verb('infrastructure', [
    'maintain', 'maintained', 'maintaining', 'maintains', 'operate', 'operated', 'operating', 'operates', 'provision',
    'provisioned', 'provisioning', 'migrated', 'migrating', 'administered',
  ]),
];

const TECH: SignalRow[] = [
  ...tech('infrastructure', [
    'kubernetes', 'k8s', 'eks', 'gke', 'aks', 'openshift', 'helm', 'rancher', 'kustomize', 'terraform', 'pulumi',
    'cloudformation', 'ansible', 'packer', 'docker', 'docker compose', 'nomad', 'consul', 'istio', 'envoy', 'ecs',
    'fargate', 'ec2', 'cloud run', 'app engine', 'aws lambda', 'lambda functions', 'azure functions',
    'cloud functions', 'api gateway', 'nginx', 'gunicorn', 'uvicorn', 'heroku', 'vercel', 'netlify', 'slurm', 'ray',
    'dc os', 'mesos', 'vpc', 'route 53', 'route53', 'cloudfront',
  ]),
  ...tech('serving', [
    'fastapi', 'flask', 'torchserve', 'triton', 'triton inference server', 'tensorflow serving', 'tf serving', 'kserve',
    'kfserving', 'seldon', 'seldon core', 'bentoml', 'ray serve', 'vllm', 'tgi', 'text generation inference',
    'onnx runtime', 'onnxruntime', 'tensorrt', 'sagemaker endpoint', 'sagemaker endpoints', 'vertex ai endpoints',
    'grpc', 'rest api', 'rest apis', 'graphql',
  ]),
  ...tech('monitoring', [
    'prometheus', 'grafana', 'datadog', 'new relic', 'sentry', 'cloudwatch', 'splunk', 'elk', 'elastic stack',
    'kibana', 'logstash', 'filebeat', 'loki', 'tempo', 'jaeger', 'opentelemetry', 'logz.io', 'influxdb', 'telegraf',
    'collectd', 'pagerduty', 'opsgenie', 'langsmith', 'langfuse', 'stackdriver',
  ]),
  ...tech('ab-testing', ['argo rollouts', 'flagger', 'launchdarkly', 'optimizely', 'statsig', 'growthbook', 'unleash']),
  ...tech('drift', ['evidently', 'evidently ai', 'whylabs', 'whylogs', 'arize', 'fiddler', 'nannyml']),
  ...tech('ci-cd', [
    'jenkins', 'github actions', 'gitlab ci', 'gitlab ci cd', 'circleci', 'travis ci', 'argocd', 'argo cd',
    'argo workflows', 'azure devops', 'teamcity', 'spinnaker', 'tekton', 'buildkite', 'bamboo', 'atlantis', 'flux',
  ]),
  ...tech('mlops', [
    'mlflow', 'kubeflow', 'sagemaker', 'vertex ai', 'azure ml', 'azure machine learning', 'metaflow', 'zenml', 'dvc',
    'wandb', 'weights biases', 'weights and biases', 'feast', 'tecton', 'clearml', 'comet', 'neptune', 'airflow',
    'dagster', 'prefect', 'kedro', 'databricks', 'step functions',
  ]),
];

const LIBRARIES: SignalRow[] = each(
  [
    'pytorch', 'tensorflow', 'keras', 'jax', 'scikit learn', 'sklearn', 'xgboost', 'lightgbm', 'catboost', 'onnx',
    'hugging face', 'huggingface', 'transformers', 'langchain', 'langgraph', 'llamaindex', 'java', 'python', 'golang',
    'rust', 'typescript', 'scala', 'c#', '.net',
  ],
  { kind: 'library' },
);

const ANCHORS: SignalRow[] = each(
  [
    'openai api', 'spark',
    'pyspark', 'hadoop', 'hive', 'kafka', 'pub sub', 'pubsub', 'rabbitmq', 'celery', 'redis', 'memcached', 'cassandra',
    'postgresql', 'postgres', 'mysql', 'sqlite', 'mongodb', 'dynamodb', 'elasticsearch', 'opensearch', 'redshift',
    'bigquery', 'snowflake', 'neo4j', 'pinecone', 'faiss', 'qdrant', 'weaviate', 'milvus', 'chroma', 'pgvector',
    'aws', 'amazon web services', 'gcp', 'google cloud', 'azure', 's3', 'gcs', 'django', 'wagtail', 'rails',
    'ruby on rails', 'node.js', 'nodejs', 'node', 'express', 'spring', 'spring boot', 'react', 'angular', 'angularjs',
    'vue', 'next.js', 'tableau', 'power bi',
    'ros', 'ros2', 'jetson', 'isaac sim', 'firebase', 'supabase', 'vertex', 'bedrock', 'azure openai',
    'rest', 'api', 'apis', 'endpoint', 'endpoints', 'microservice', 'microservices', 'website', 'web app', 'web apps',
    'mobile app', 'ios app', 'android app', 'homepage', 'app store', 'play store', 'pypi', 'pip', 'npm', 'sdk',
  ],
  { kind: 'anchor' },
);

const SOFTWARE: SignalRow[] = each(
  [
    'service', 'services', 'app', 'apps', 'application', 'applications', 'software', 'system',
    'systems', 'platform', 'platforms', 'pipeline', 'pipelines', 'server', 'servers', 'cluster', 'clusters',
    'infrastructure', 'code', 'codebase', 'bot', 'chatbot', 'chatbots',
    'agent', 'agents', 'database', 'databases', 'container', 'containers', 'workflow', 'workflows', 'crawler',
    'crawlers', 'library', 'libraries', 'package', 'packages', 'backend', 'frontend', 'module', 'modules', 'engine',
    'web', 'cloud', 'recommender', 'marketplace', 'dashboards', 'dashboard', 'pods', 'nodes', 'instances', 'stack',
    'framework', 'runtime', 'operating system', 'operating systems', 'ranking', 'rankings', 'ctr', 'click through',
    'click through rate', 'traffic', 'checkout', 'landing page', 'landing pages', 'сервис', 'сервиса', 'сервисов', 'сервисы', 'пайплайн',
  ],
  { kind: 'software' },
);

const MODELS: SignalRow[] = each(['model', 'models', 'модель', 'модели'], { kind: 'model' });

const HEDGES: SignalRow[] = each(
  [
    'learned', 'learnt', 'learning about', 'learn about', 'learned about', 'course', 'courses', 'coursework',
    'course work', 'class project', 'tutorial', 'tutorials', 'familiar with', 'familiarity with', 'exposure to',
    'exposed to', 'knowledge of', 'understanding of', 'interested in', 'interest in', 'eager to', 'aspiring',
    'passionate about', 'proficient in', 'proficiency in', 'experience in', 'experience with', 'experienced in',
    'experience deploying', 'experience building', 'skilled in', 'expertise in', 'expert in', 'demo', 'demos', 'hackathon', 'hackathons',
    'capstone', 'course project', 'class assignment', 'school project', 'student project', 'bootcamp project',
    'will', 'to be built', 'plan to', 'planning to', 'looking to', 'seeking', 'ability to', 'capable of',
    'certification', 'certified', 'nanodegree', 'thesis', 'assignment', 'homework', 'mentored', 'advised', 'advises',
    'taught', 'teaching', 'lectured', 'case study', 'blog post', 'talk', 'presentation', 'worked with', 'work with', 'work mostly with',
    'work mainly with', 'work primarily with',
    'tools used', 'technologies used', 'tech stack',
    // Denied shipping is no shipping: "prototyping a re-ranker; nothing shipped yet".
    'nothing shipped', 'nothing deployed', 'nothing in production', 'not shipped', 'not deployed', 'not yet shipped',
    'not yet deployed', 'never shipped', 'never deployed', 'not in production', 'not yet in production', 'yet to be deployed',
    'yet to be shipped', 'not yet live', 'never went live',
  ],
  { kind: 'hedge' },
);

const OFFTOPIC: SignalRow[] = each(
  [
    'video production', 'film production', 'music production', 'tv production', 'television production',
    'media production', 'production company', 'production companies', 'production house', 'production manager',
    'production assistant', 'post production', 'production line', 'production lines', 'production planning',
    'oil production', 'food production', 'crop production', 'theatre production', 'theater production',
    'production pcb', 'army', 'military', 'troops', 'combat', 'battalion', 'brigade',
    'platoon', 'infantry', 'iraq', 'afghanistan', 'kuwait', 'soldiers', 'spreadsheet', 'spreadsheets', 'workbook',
    'workbooks', 'survey', 'surveys', 'campaign', 'campaigns', 'personnel', 'volunteers', 'funds', 'capital',
    'press release', 'press releases', 'serving customers', 'customer service', 'serving as', 'served as',
    'serves as', 'served on', 'serving on', 'pcb', 'pcbs', 'x ray',
    'x rays', 'ray tracing', 'business model', 'business models', 'role model', 'operating model',
    'product line', 'product lines', 'on site', 'onsite', 'factory', 'factories', 'assembly line',
  ],
  { kind: 'offtopic' },
);

const RESEARCH: SignalRow[] = each(
  [
    'trained', 'training', 'train', 'trains', 'experiment', 'experiments', 'experimented',
    'benchmarked', 'benchmarking', 'fine tuned', 'fine tuning', 'finetuned', 'finetuning', 'research', 'researched',
    'simulations', 'hyperparameter', 'hyperparameters', 'notebook', 'notebooks', 'kaggle', 'local development',
    'development environment', 'dev environment', 'compared', 'comparing', 'comparison', 'evaluated', 'evaluating',
  ],
  { kind: 'research' },
);

const ACADEMIC: SignalRow[] = each(
  [
    'pre training', 'pretraining', 'benchmark', 'benchmarks', 'benchmark suite', 'benchmark suites', 'leaderboard',
    'leaderboards', 'papers', 'research paper', 'research papers', 'preprint', 'arxiv', 'neurips', 'icml', 'iclr',
    'cvpr', 'iccv', 'eccv', 'emnlp', 'naacl', 'aaai', 'ijcai', "lab's", 'lab’s', 'research lab', 'research labs', 'our lab',
    'laboratory', 'research group', 'offline evaluation', 'offline evaluations', 'evaluation harness',
    'eval harness', 'held out', 'test set', 'validation set', 'ablation', 'ablations', 'reproducible research',
    'research code', 'postdoc', 'postdoctoral', 'phd',
  ],
  { kind: 'academic' },
);

export const PRODUCTION_LEXICON: PhraseLexicon<ProductionSignal> = buildPhraseLexicon([
  ...OFFTOPIC,
  ...CUES,
  ...VERBS,
  ...TECH,
  ...ANCHORS,
  ...LIBRARIES,
  ...SOFTWARE,
  ...MODELS,
  ...HEDGES,
  ...RESEARCH,
  ...ACADEMIC,
  ...SPANISH_GERMAN_SIGNALS,
  ...ROMANCE_GERMANIC_SLAVIC_SIGNALS,
]);
