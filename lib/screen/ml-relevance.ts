import type { ToolCategory } from '../model/evidence';
import type { IndexedBlock, IndexedDocument } from '../text/indexed-document';
import type { EvidenceByKind } from './evidence-by-kind';

export type MlRelevanceLevel = 'core' | 'some' | 'weak' | 'none';

export interface MlRelevance {
  level: MlRelevanceLevel;
  /** Distinct ML tools used in experience entries, in project entries, and named anywhere. */
  experienceTools: string[];
  projectTools: string[];
  anyTools: string[];
  /** Experience titles that name ML work ("Machine Learning Engineer", "Data Scientist"). */
  titles: string[];
  /** Sentences about ML work in experience, in projects, and in the headline or summary. */
  experienceMentions: number;
  projectMentions: number;
  summaryMentions: number;
  evidenceIds: string[];
}

export const ML_CATEGORIES = new Set<ToolCategory>([
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

const ML_TITLE =
  /\b(?:machine[- ]learning|ML|AI|deep[- ]learning|data scien\w*|NLP|natural language|computer vision|perception|MLOps|LLMs?|GenAI|generative|artificial intelligence|applied scientist|research scientist|reinforcement learning|speech recognition|recommend\w*)(?![\w-])/i;

// Words that only appear when the sentence is about building or running models; deliberately not
// "training" (of staff), "regression" (testing) or "classification" (of documents).
const ML_WORK =
  /\b(?:machine[- ]learning|deep[- ]learning|neural net\w*|model training|trained (?:an? |the )?(?:\w+ ){0,3}models?|fine-?tun\w*|natural language processing|computer vision|reinforcement learning|large language models?|embeddings?|recommend(?:er|ation) (?:systems?|models?|engines?)|predictive models?|forecasting models?|object detection|image (?:segmentation|classification)|generative AI|transformer models?|random forests?|gradient[- ]boost\w*|convolutional|classifiers?|robot\w* perception|perception (?:models?|modules?|stack)|(?:semantic |instance )?segmentation models?|synthetic data|detection models?|speech recognition|anomaly detection)(?![\w-])/i;
// Acronyms only in capitals: "rag" and "rl" in lower case are other words.
const ML_ACRONYM = /\b(?:ML (?:models?|pipelines?|systems?|platform)|NLP|LLMs?|RAG|RL|GenAI|CV models?)(?![\w-])/;

function mentionsMlWork(text: string): boolean {
  return ML_WORK.test(text) || ML_ACRONYM.test(text);
}

type Place = 'work' | 'projects' | 'summary' | 'elsewhere';

/**
 * Where a block sits for judging ML work. Dated, titled entries under other headings
 * ("Internships", "Visiting positions") count as work.
 */
function placeOf(ib: IndexedBlock): Place {
  if (ib.section === 'experience') return 'work';
  if (ib.section === 'other' && ib.block.title !== undefined && ib.block.dates !== undefined) return 'work';
  if (ib.section === 'projects' || ib.section === 'publications') return 'projects';
  if (ib.section === 'summary') return 'summary';
  return 'elsewhere';
}

function countSentences(doc: IndexedDocument, place: Place): number {
  let n = 0;
  for (const ib of doc.blocks) {
    if (placeOf(ib) !== place) continue;
    for (const s of ib.sentences) if (mentionsMlWork(s.text)) n++;
  }
  return n;
}

function levelOf(r: Omit<MlRelevance, 'level' | 'evidenceIds'>): MlRelevanceLevel {
  const exp = r.experienceTools.length;
  const titled = r.titles.length > 0;
  if (exp >= 2 || (titled && (exp >= 1 || r.experienceMentions >= 1 || r.anyTools.length >= 2)) || (exp >= 1 && r.experienceMentions >= 2)) {
    return 'core';
  }
  if (exp >= 1 || titled || r.experienceMentions >= 2 || (r.projectTools.length >= 1 && r.projectMentions >= 1)) return 'some';
  if (r.anyTools.length > 0 || r.experienceMentions + r.projectMentions + r.summaryMentions > 0) return 'weak';
  return 'none';
}


/**
 * Whether the candidate does machine learning at all, judged from what they did, not what they
 * call themselves: ML tools used in roles and projects, ML job titles, and sentences about ML work.
 * A headline or summary alone ("AI/ML enthusiast") is only `weak`.
 */
export function judgeMlRelevance(doc: IndexedDocument, ev: EvidenceByKind): MlRelevance {
  const experienceTools = new Set<string>();
  const projectTools = new Set<string>();
  const anyTools = new Set<string>();
  const evidenceIds: string[] = [];
  const placeByBlock = new Map(doc.blocks.map((ib) => [ib.block.id, placeOf(ib)]));
  for (const t of ev.tool) {
    if (!ML_CATEGORIES.has(t.tool.category)) continue;
    anyTools.add(t.tool.name);
    if (t.tool.usage !== 'used') continue;
    const place = placeByBlock.get(t.location.blockId);
    if (place === 'work') experienceTools.add(t.tool.name);
    else if (place === 'projects') projectTools.add(t.tool.name);
    else continue;
    evidenceIds.push(t.id);
  }
  const titles = new Set<string>();
  for (const ib of doc.blocks) {
    if (placeOf(ib) === 'work' && ib.block.title && ML_TITLE.test(ib.block.title)) titles.add(ib.block.title);
  }
  for (const t of ev.tenure) {
    if (t.location.section === 'education' || !t.tenure.title || !ML_TITLE.test(t.tenure.title)) continue;
    titles.add(t.tenure.title);
    evidenceIds.push(t.id);
  }
  const headline = doc.document.person.headline ?? '';
  const facts = {
    experienceTools: [...experienceTools],
    projectTools: [...projectTools],
    anyTools: [...anyTools],
    titles: [...titles],
    experienceMentions: countSentences(doc, 'work'),
    projectMentions: countSentences(doc, 'projects'),
    summaryMentions: countSentences(doc, 'summary') + (ML_TITLE.test(headline) ? 1 : 0),
  };
  return { level: levelOf(facts), ...facts, evidenceIds };
}
