import type { ToolCategory } from '../../model/evidence';
import type { WordToken } from '../../text/word-tokens';
import { mlMonitoringTools } from '../../knowledge/tools/catalogue/mlops';

/** Tool categories that only exist for machine learning: using one is ML work. */
export const ML_TOOL_CATEGORIES: ReadonlySet<ToolCategory> = new Set<ToolCategory>([
  'ml-framework',
  'ml-library',
  'llm',
  'experiment-tracking',
  'model-registry',
  'feature-store',
  'vector-store',
  'cloud-ml',
  'serving',
]);

// Monitoring products made for models (drift, data quality): filed under monitoring with Grafana, but only ML uses them.
const ML_MONITORING_TOOLS: ReadonlySet<string> = new Set(mlMonitoringTools.map((t) => t.name));

/** Whether a tool exists only for machine learning, so that using it is ML work. */
export function isMlTool(tool: { name: string; category: ToolCategory }): boolean {
  return ML_TOOL_CATEGORIES.has(tool.category) || ML_MONITORING_TOOLS.has(tool.name);
}

/** Job titles that name ML work ("Machine Learning Engineer", "Data Scientist", "NLP Researcher"). */
export const ML_TITLE =
  /\b(?:machine[- ]learning|ML|AI|deep[- ]learning|data scien\w*|NLP|natural language|computer vision|perception|MLOps|LLMs?|GenAI|generative|artificial intelligence|applied scientist|research scientist|reinforcement learning|speech recognition|recommend\w*)(?![\w-])/i;

// Words that only appear when the sentence is about building or running models; deliberately not
// "training" (of staff), "regression" (testing) or "classification" (of documents). A feature store and
// training-serving skew exist only to feed models, as the feature-store tools do.
const ML_WORK =
  /\b(?:machine[- ]learning|deep[- ]learning|neural net\w*|model training|trained (?:an? |the )?(?:\w+ ){0,3}models?|fine-?tun\w*|natural language processing|computer vision|reinforcement learning|large language models?|embeddings?|recommend(?:er|ation) (?:systems?|models?|engines?)|predictive (?:models?|platforms?|systems?|services?)|forecasting models?|classification models?|object detection|image (?:segmentation|classification)|generative AI|transformer models?|random forests?|gradient[- ]boost\w*|convolutional|classifiers?|robot\w* perception|perception (?:models?|modules?|stack)|(?:semantic |instance )?segmentation models?|synthetic data|detection models?|speech recognition|anomaly detection|(?:online |offline )?feature stores?|training[–—-](?:serving|inference) skew)(?![\w-])/i;
// Acronyms and model names only as printed: "rag" and "rl" in lower case are other words. Named
// models are not tools, but a sentence that uses one is about ML work.
const ML_ACRONYM =
  /\b(?:ML (?:models?|pipelines?|systems?|platform)|NLP|LLMs?|RAG|RL|GenAI|CV models?|YOLO\w*|ResNet\w*|BERT|RoBERTa|GPT-?\d\w*|Llama\w*|DeepLab\w*|PointNet\w*|U-Net|ViT|CLIP|Whisper|LSTMs?|CNNs?|GANs?|RNNs?)(?![\w-])/;

export interface CueMatch {
  start: number;
  end: number;
}

function firstMatch(re: RegExp, text: string): CueMatch | undefined {
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Where a sentence says ML work was done (trained, fine-tuned, a neural network, an LLM), or undefined. */
export function findMlWork(text: string): CueMatch | undefined {
  return firstMatch(ML_WORK, text) ?? firstMatch(ML_ACRONYM, text);
}

// Nouns of an ML system: what a production sentence deploys, serves or monitors when it is ML.
/** "Model" in Spanish, Portuguese, French, German, Italian, Dutch and Polish, with their plurals and cases. */
const MODEL_IN_OTHER_LANGUAGES = [
  'modelo',
  'modelos',
  'modèle',
  'modèles',
  'modell',
  'modelle',
  'modells',
  'modello',
  'modelli',
  'modellen',
  'modelu',
  'modeli',
];

const SYSTEM_NOUNS = new Set([
  'model',
  'models',
  'inference',
  'prediction',
  'predictions',
  'predictive',
  'classifier',
  'classifiers',
  'recommender',
  'recommenders',
  'recommendations',
  'ranker',
  'rankers',
  'detector',
  'detectors',
  'forecaster',
  'forecasters',
  'embedding',
  'embeddings',
  'chatbot',
  'chatbots',
  'llm',
  'llms',
  'agentic',
  'rag',
  'genai',
  'nlp',
  'drift',
  // The same nouns in the other languages the readers know: "puse en producción el modelo", "modèle déployé".
  ...MODEL_IN_OTHER_LANGUAGES,
  'inferencia',
  'inférence',
  'inferenz',
  'inferência',
  'inferenza',
  'predicciones',
  'prédictions',
  'vorhersagen',
  'previsões',
  'previsioni',
  'voorspellingen',
  'clasificador',
  'classificateur',
  'klassifikator',
]);
// Words that make "model" something else: a data model, a business model, dbt models, a role model.
const NOT_ML_MODEL_BEFORE = new Set([
  'data',
  'business',
  'operating',
  'financial',
  'domain',
  'object',
  'threat',
  'role',
  'maturity',
  'delivery',
  'engagement',
  'service',
  'subscription',
  'staffing',
  'care',
  'revenue',
  'semantic',
  'tabular',
  'dimensional',
  'relational',
  'logical',
  'physical',
  'conceptual',
  'security',
  'permission',
  'access',
  'governance',
  'memory',
  'process',
  'workflow',
  'cad',
  '3d',
  'scale',
  'fashion',
  'dbt',
  'lookml',
  'sql',
  'excel',
  'ssas',
  'star',
  'bi',
  'capacity',
  'billing',
  'licensing',
  'consumption',
  'funding',
  'sales',
  'partner',
  'franchise',
  'hybrid',
  'remote',
  'mental',
  'programming',
  'actor',
  'component',
  'event',
  'page',
  'view',
  'schema',
  'database',
  'erd',
  'olap',
  'cube',
  'report',
  'reporting',
  'spreadsheet',
  'simulation',
  'structural',
  'thermal',
  'finite',
  'element',
  'mechanical',
  'hydraulic',
  'economic',
]);
const NOT_ML_MODEL_AFTER = new Set(['united', 'un', 'view', 'citizen', 'student', 'railway', 'kit', 'layer', 'layers']);
// Romance languages qualify after the noun: "modelo de datos", "modèle économique", "modello di business".
const NOT_ML_MODEL_QUALIFIER = new Set([
  'datos',
  'données',
  'dados',
  'dati',
  'negocio',
  'negócio',
  'negocios',
  'business',
  'économique',
  'económico',
  'econômico',
  'economico',
  'financier',
  'financiero',
  'financeiro',
  'finanziario',
  'organizativo',
  'organisationnel',
  'operativo',
]);
const ML_MODEL_WORDS = new Set(['model', 'models', ...MODEL_IN_OTHER_LANGUAGES]);
const ROMANCE_LINKS = new Set(['de', 'di', 'du', 'do', 'da']);

function qualifiedAsNotMl(tokens: readonly WordToken[], i: number): boolean {
  const next = tokens[i + 1]?.word;
  if (next === undefined) return false;
  if (NOT_ML_MODEL_QUALIFIER.has(next)) return true;
  return ROMANCE_LINKS.has(next) && NOT_ML_MODEL_QUALIFIER.has(tokens[i + 2]?.word ?? '');
}
// Drift of machines, not of models: "configuration drift" is infrastructure work.
const NOT_ML_DRIFT_BEFORE = new Set(['configuration', 'config', 'infrastructure', 'clock', 'schema', 'terraform', 'state']);
// Tasks that are ML when they name a running system: "the ranking service", "a retrieval stack".
const ML_TASKS = new Set(['ranking', 'retrieval', 'personalization', 'personalisation', 'recommendation', 'scoring', 'forecasting', 'perception']);
const SYSTEM_HEADS = new Set([
  'service',
  'services',
  'stack',
  'system',
  'systems',
  'pipeline',
  'pipelines',
  'engine',
  'engines',
  'platform',
  'api',
  'backend',
  'layer',
]);
// Upper-case acronyms that name ML systems only as printed ("AI features"; "ai" is not a word here, but "Ai" can be a name).
const SYSTEM_ACRONYMS = new Set(['AI', 'ML', 'LLM', 'LLMs', 'RAG', 'NLP', 'GenAI', 'GPT', 'GPTs', 'ChatGPT']);
// A token's word is its printed text lower-cased: only a word in here can be printed as an acronym, so
// only these words pay for slicing out the printed text.
const SYSTEM_ACRONYM_WORDS: ReadonlySet<string> = new Set([...SYSTEM_ACRONYMS].map((acronym) => acronym.toLowerCase()));
// "rag", "nlp" and "genai" count only as printed in capitals, like the acronyms above.
const CAPITALS_ONLY_NOUNS: ReadonlySet<string> = new Set(['rag', 'nlp', 'genai', 'llm', 'llms']);

function isLowerCase(printed: string): boolean {
  return printed === printed.toLowerCase();
}

function isMlModelWord(tokens: readonly WordToken[], i: number): boolean {
  const before = tokens[i - 1]?.word;
  const after = tokens[i + 1]?.word;
  return !(before !== undefined && NOT_ML_MODEL_BEFORE.has(before)) && !(after !== undefined && NOT_ML_MODEL_AFTER.has(after));
}

/**
 * Where a sentence names an ML system (a model, inference, predictions, a recommender, an AI feature),
 * or undefined. Weaker than ML work: "deployed the fraud model" says what was deployed, not that the
 * candidate built it.
 */
export function findMlSystem(text: string, tokens: readonly WordToken[]): CueMatch | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (SYSTEM_ACRONYM_WORDS.has(t.word) && SYSTEM_ACRONYMS.has(text.slice(t.start, t.end))) return { start: t.start, end: t.end };
    const next = tokens[i + 1];
    if (ML_TASKS.has(t.word) && next && SYSTEM_HEADS.has(next.word)) return { start: t.start, end: next.end };
    if (!SYSTEM_NOUNS.has(t.word)) continue;
    if (ML_MODEL_WORDS.has(t.word) && (!isMlModelWord(tokens, i) || qualifiedAsNotMl(tokens, i))) continue;
    if (t.word === 'drift' && NOT_ML_DRIFT_BEFORE.has(tokens[i - 1]?.word ?? '')) continue;
    if (CAPITALS_ONLY_NOUNS.has(t.word) && isLowerCase(text.slice(t.start, t.end))) continue;
    return { start: t.start, end: t.end };
  }
  return undefined;
}

/** Where a title names ML work, or undefined. */
export function findMlTitle(title: string): CueMatch | undefined {
  return firstMatch(ML_TITLE, title);
}
