import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../model/candidate-document';
import { classifyProductionSentence } from './classify-production-sentence';

const ORDER = ['none', 'mentioned', 'specified', 'quantified'] as const;

function levelOf(text: string, section: SectionKind = 'experience'): string {
  let best = 0;
  for (const f of classifyProductionSentence(text, { section })) best = Math.max(best, ORDER.indexOf(f.level));
  return ORDER[best];
}

function aspectsOf(text: string, section: SectionKind = 'experience'): string[] {
  return classifyProductionSentence(text, { section }).map((f) => f.aspect);
}

describe('classifyProductionSentence: levels', () => {
  it.each([
    // mentioned: production words with no specifics
    ['Experience deploying ML models to production.', 'summary', 'mentioned'],
    ['Familiar with MLOps and CI/CD.', 'summary', 'mentioned'],
    ['Writes production-ready code.', 'summary', 'mentioned'],
    ['Deep expertise in PyTorch and in deploying vision models to AWS with 97% accuracy on defect detection.', 'summary', 'mentioned'],
    ['Deployed the defect-detection vision model to AWS, reaching 97% accuracy on the line cameras.', 'experience', 'quantified'],
    ['Building production multi-agent systems for support teams.', 'summary', 'mentioned'],
    ['Tuned the prod ranking service on Kubernetes.', 'experience', 'specified'],
    ['Built and deployed machine learning pipelines for analysis of sequencing data.', 'experience', 'mentioned'],
    ['Shipped a working demo of the ranking app with Flask in 24 hours.', 'projects', 'mentioned'],
    ['Learned about deployment with Docker and Kubernetes.', 'experience', 'mentioned'],
    ['Course: MLOps in practice with Kubeflow', 'education', 'mentioned'],
    ['Deployment & Automation, Docker, Azure', 'skills', 'mentioned'],
    // specified: what was deployed, served, monitored or automated, and with what
    ['Deployed a PyTorch ranking model behind FastAPI on EKS.', 'experience', 'specified'],
    ['Built Airflow retraining pipelines with MLflow model registry.', 'experience', 'specified'],
    ['Set up drift monitoring in Prometheus for the fraud model.', 'experience', 'specified'],
    ['Designed Terraform modules for the shared Kubernetes platform.', 'experience', 'specified'],
    ['Ran on-call for the payments API, with alerting in Datadog.', 'experience', 'specified'],
    ['Utilized Django templates to serve the newsroom pages.', 'experience', 'specified'],
    // a sentence that opens with a verb reports work under any label; a skills line does not
    ['Deployed a PyTorch ranking model behind FastAPI on EKS.', 'skills', 'specified'],
    ['Model serving with FastAPI on EKS and monitoring in Prometheus.', 'skills', 'mentioned'],
    // quantified: specified plus numbers about the running system
    ['Served a BERT classifier on Triton at 1,200 QPS with p99 under 40 ms.', 'experience', 'quantified'],
    ['Cut inference latency from 90s to 4s on SageMaker endpoints.', 'experience', 'quantified'],
    ['Founded an open-source image platform serving 50,000+ monthly users.', 'experience', 'quantified'],
    ['Moved the billing service to Kubernetes, keeping 99.95% uptime.', 'experience', 'quantified'],
    ['Dashboards were rolled into production and used by thousands of nurses.', 'experience', 'quantified'],
  ] as const)('%s -> %s', (text, section, expected) => {
    expect(levelOf(text, section)).toBe(expected);
  });
});

describe('classifyProductionSentence: not production', () => {
  it.each([
    ['Managed video production for a regional TV channel.'],
    ['Deployed to Iraq with the 3rd Infantry battalion.'],
    ['Established and deployed three spreadsheets for the finance team.'],
    ['Experience in serving customers and answering phone calls.'],
    ['Trained a ResNet on CIFAR-10 reaching 94% accuracy.'],
    ['Docker, Kubernetes, Terraform'],
    ['Studied operating systems and compilers.'],
    ['Representation learning for X-ray transient discovery.'],
    ['Analyzed clickstream records of 2M users with pandas.'],
    ['Serving as treasurer of the robotics club.'],
    ['Led the production of the annual report.'],
    ['Worked in production at a packaging factory for two summers.'],
  ])('%s', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('keeps a bare tool list out even in experience', () => {
    expect(classifyProductionSentence('Python, FastAPI, Docker, Kubernetes', { section: 'experience' })).toEqual([]);
  });
});

describe('classifyProductionSentence: aspects', () => {
  it.each([
    ['Deployed the model with Docker on ECS.', 'deployment'],
    ['Built a batch scoring job on Spark for churn predictions.', 'serving'],
    ['Added model monitoring with Grafana dashboards.', 'monitoring'],
    ['Detected data drift with Evidently on the pricing model.', 'drift'],
    ['Ran A/B tests of the new recommender on 5% of traffic.', 'ab-testing'],
    ['Automated retraining of the demand model in Airflow.', 'retraining'],
    ['Set up CI/CD for models with GitHub Actions.', 'ci-cd'],
    ['Added one-click rollback for model releases in Argo CD.', 'rollback'],
    ['Joined the on-call rotation for the search service.', 'on-call'],
    ['Kept p99 latency under 80 ms for the feed API.', 'slo'],
    ['Introduced a feature store (Feast) for the ranking team.', 'mlops'],
    ['Configured autoscaling for GPU nodes on GKE.', 'infrastructure'],
    ['Built a search API handling 3M requests per day with Go.', 'scale'],
  ])('%s -> %s', (text, aspect) => {
    expect(aspectsOf(text)).toContain(aspect);
  });

  it('reads Russian deployment words', () => {
    expect(aspectsOf('Реализовал деплой сервиса (FastAPI, Docker).')).toContain('deployment');
  });

  it('reports offsets that point at the matched words', () => {
    const text = 'Then deployed the model with Docker on ECS.';
    const [first] = classifyProductionSentence(text, { section: 'experience' });
    expect(text.slice(first.start, first.end)).toBe('deployed');
  });
});

describe('classifyProductionSentence: tool names without production words', () => {
  it.each([
    ['Used Docker for local development.', 'mentioned'],
    ['Ran training experiments on AWS EC2 instances.', 'mentioned'],
    ['Wrote a Terraform module to provision the search cluster.', 'specified'],
    ['Analytics environment based on Docker and AWS.', 'specified'],
    ['Compared TorchServe, Triton and vLLM on a 7B model.', 'mentioned'],
  ] as const)('%s -> %s', (text, expected) => {
    expect(levelOf(text)).toBe(expected);
  });
});

describe('classifyProductionSentence: research context', () => {
  it.each([
    // a lab, a benchmark or offline evaluation: tools and operating verbs are research engineering
    ["Maintained our lab's simulation toolkit in PyTorch on Kubernetes.", 'none'],
    ['Wrote a pretraining pipeline for protein language models on Slurm.', 'none'],
    ['Ran offline evaluation of the ranking model with Docker on EC2.', 'none'],
    ['Released a benchmark suite for tabular models with GitHub Actions checks.', 'none'],
    ['Monitored GPU utilisation of ablation runs in Grafana.', 'none'],
    // an explicit production word still counts, and words that are not research do not silence it
    ['Took the retrieval model from our ICLR papers into production behind FastAPI on EKS.', 'specified'],
    ['Deployed a pretrained BERT tagger behind FastAPI on GKE.', 'specified'],
    ['Maintained the payments service on Kubernetes with Helm.', 'specified'],
    // shipping to something the public reaches is production even when a lab runs it; a lab's cluster is not
    ["Shipped the lab's pruned speech tagger to its public captioning API, running on TorchServe.", 'specified'],
    ["Deployed the ablation scripts on the lab's Kubernetes cluster.", 'none'],
    // working with a team on the work is collaboration; working with a tool is familiarity
    ['Worked with the data platform team to deploy the churn model behind FastAPI on EKS.', 'specified'],
    ['Worked with FastAPI, Docker and EKS.', 'mentioned'],
  ] as const)('%s -> %s', (text, expected) => {
    expect(levelOf(text)).toBe(expected);
  });
});

describe('classifyProductionSentence: A/B tests as a statistics method', () => {
  it.each([
    ['Statistics: A/B testing, power analysis, Bayesian inference', 'skills', 'none'],
    ['Analysed A/B test results for the marketing team in R.', 'experience', 'none'],
    ['Taught split testing and uplift modelling to analysts.', 'experience', 'none'],
    ['A/B tested two onboarding flows of the mobile app with Optimizely.', 'experience', 'specified'],
    ['Ran A/B tests on checkout traffic for the new payment step.', 'experience', 'mentioned'],
    ['Analysed an online A/B test of the new search page.', 'experience', 'mentioned'],
  ] as const)('%s -> %s', (text, section, expected) => {
    expect(levelOf(text, section)).toBe(expected);
  });
});

describe('classifyProductionSentence: Spanish and German', () => {
  it.each([
    ['Desplegué el modelo de scoring con FastAPI en AWS Lambda.', 'specified'],
    ['El buscador, servido con Flask en ECS, atiende 8.000 consultas al día con una latencia de 60 ms.', 'quantified'],
    ['Diseñé el servicio de precios, con FastAPI sobre Kubernetes (EKS), y lo desplegué con Helm.', 'specified'],
    ['Con experiencia en despliegue de modelos.', 'mentioned'],
    ['Habe das Empfehlungsmodell mit Docker auf Kubernetes in den Produktivbetrieb überführt.', 'specified'],
    ['Such-API auf GKE bereitgestellt, beantwortet 1.500 Anfragen pro Sekunde bei 99,9 % Verfügbarkeit.', 'quantified'],
    ['Arbeite vor allem mit Python, Docker und Kubernetes.', 'mentioned'],
  ] as const)('%s -> %s', (text, expected) => {
    expect(levelOf(text, 'experience')).toBe(expected);
  });
  it.each([
    ['Jefa de producción en una productora audiovisual.'],
    ['Trabajé en la línea de producción de una fábrica de envases.'],
    ['Dos veranos en producción en una fábrica de envases.'],
    ['Zwei Sommer in Produktion bei einer Fabrik für Verpackungen.'],
    ['Produktionsleiter in einer Fabrik für Verpackungen.'],
    ['Mantenimiento de jardines para la comunidad de vecinos.'],
    ['Herramientas: Docker, Kubernetes, Terraform, Helm, Argo CD'],
  ])('%s -> none', (text) => {
    expect(levelOf(text, 'experience')).toBe('none');
  });
});

describe('classifyProductionSentence: operating needs a running system', () => {
  it.each([
    // a model and a library or language are code, not something that runs
    ['Built and maintained churn models in Python for the marketing team.', 'none'],
    ['Operated the quarterly demand models with scikit-learn and pandas.', 'none'],
    ['Mantuve los modelos de riesgo en Python y R.', 'none'],
    // a service, a cluster, a cloud or a production word is
    ['Maintained the churn scoring service in Python on AWS.', 'specified'],
    ['Maintained the Kafka and Elasticsearch clusters for search.', 'specified'],
    ['Maintained the pricing models in production with Python.', 'specified'],
  ] as const)('%s -> %s', (text, expected) => {
    expect(levelOf(text)).toBe(expected);
  });
});

describe('classifyProductionSentence: everyday resume lines', () => {
  it.each([
    ['Productionized a BERT intent classifier with TorchServe on GKE, serving 3k QPS.', 'quantified'],
    ['Owned the model deployment process end to end.', 'mentioned'],
    ['Built a real-time fraud detection system processing 1M transactions per day.', 'quantified'],
    ['Deployed a Streamlit app on Heroku for my capstone.', 'mentioned'],
    ['Monitored model performance using Grafana dashboards and PagerDuty alerts.', 'specified'],
    ['Implemented canary releases with Argo Rollouts.', 'specified'],
    ['Reduced cloud spend by 35% by rightsizing EC2 instances.', 'quantified'],
    ['Launched a new product line generating $2M in revenue.', 'none'],
    ['Served 500+ customers a day as a barista.', 'none'],
    ['The pipeline now processes about 9,000 hours of audio a day.', 'quantified'],
    ['Edited 300 hours of video a year for the film society.', 'none'],
    ['Maintained 99.9% uptime for customer-facing APIs.', 'quantified'],
    ['Developed an iOS app with 10k downloads on the App Store.', 'quantified'],
    ['Published 3 papers on model compression.', 'none'],
    ['Tracked experiments with Weights & Biases.', 'none'],
    ['Designed A/B experiments on ranking changes, lifting CTR by 4%.', 'quantified'],
    ['Built dashboards in Tableau for the sales team.', 'none'],
    ['Mentored junior engineers on model deployment.', 'mentioned'],
    // a sentence that denies shipping is no production evidence
    ['Exploring a LightGBM churn scorer in Go; nothing deployed so far.', 'none'],
    ['The LightGBM churn scorer in Go was never deployed to the ledger service.', 'none'],
    ['Deployed the LightGBM churn scorer as a Go service on Cloud Run.', 'specified'],
  ] as const)('%s -> %s', (text, expected) => {
    expect(levelOf(text)).toBe(expected);
  });
});

describe('classifyProductionSentence: French, Portuguese, Italian, Dutch and Polish', () => {
  it.each([
    ['Mise en production du classifieur de factures avec FastAPI sur Kubernetes.', 'specified'],
    ['Modèle de tarification déployé sur AWS Lambda et suivi avec Grafana.', 'specified'],
    ['Coloquei em produção o serviço de recomendação com FastAPI no GKE.', 'specified'],
    ['Modello di scoring messo in produzione su Azure con Docker.', 'specified'],
    ['Het prijsmodel in productie genomen op Kubernetes met FastAPI.', 'specified'],
    ['Wdrożony na produkcję serwis rekomendacji na Kubernetes z FastAPI.', 'specified'],
    ['API de recherche hébergée sur GKE : 2 000 requêtes par seconde avec une latence de 40 ms.', 'quantified'],
    ['Notions de Docker et de Kubernetes.', 'mentioned'],
  ] as const)('%s -> %s', (text, expected) => {
    expect(levelOf(text, 'experience')).toBe(expected);
  });
  it.each([
    ['Assistante de production audiovisuelle pour une chaîne régionale.'],
    ['Deux étés sur la ligne de production d’une usine de yaourts.'],
    ['Cours de piano et de solfège pour enfants.'],
  ])('%s -> none', (text) => {
    expect(levelOf(text, 'experience')).toBe('none');
  });
});

describe('classifyProductionSentence: numbers about a running system', () => {
  it.each([
    // what serving or hosting costs is a number about the running system, like its latency
    ['Around 25% lower inference cost after moving to spot instances.', 'quantified'],
    ['Hosting costs down 40% after the move to Cloud Run.', 'quantified'],
    // a volume handled per unit of time on software, in any language and with a detached magnitude
    ['Ingestion pipeline into BigQuery: about 3 million sensor readings processed per day.', 'quantified'],
    ['Flujo de facturación sobre Kafka: 2,7 M de registros diarios.', 'quantified'],
    ['Chaîne d’ingestion vers PostgreSQL : environ 800 000 lignes traitées par jour.', 'quantified'],
  ] as const)('%s -> %s', (text, expected) => {
    expect(levelOf(text)).toBe(expected);
  });
  it.each([
    // a cost that is not a system's, a volume with no time and no software, a count of people
    ['Cut travel costs for the sales team by 25%.', 'none'],
    ['Labelled 3 million sensor readings for the thesis dataset.', 'none'],
    ['Organised 40 meetups per year for the local Python community.', 'none'],
  ] as const)('%s -> %s', (text, expected) => {
    expect(levelOf(text)).toBe(expected);
  });
});
