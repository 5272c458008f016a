import type { SourceKind } from '../model/candidate-document';
import type { ToolCategory } from '../model/evidence';
import type { IndexedBlock, IndexedDocument } from '../text/indexed-document';
import type { Sentence } from '../text/sentences';
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

const ML_CATEGORIES = new Set<ToolCategory>([
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
// Acronyms and model names only as printed: "rag" and "rl" in lower case are other words. Named
// models are not tools, but a sentence that uses one is about ML work.
const ML_ACRONYM =
  /\b(?:ML (?:models?|pipelines?|systems?|platform)|NLP|LLMs?|RAG|RL|GenAI|CV models?|YOLO\w*|ResNet\w*|BERT|RoBERTa|GPT-?\d\w*|Llama\w*|DeepLab\w*|PointNet\w*|U-Net|ViT|CLIP|Whisper|LSTMs?|CNNs?|GANs?|RNNs?)(?![\w-])/;

function mentionsMlWork(text: string): boolean {
  return ML_WORK.test(text) || ML_ACRONYM.test(text);
}

type Place = 'work' | 'projects' | 'summary' | 'elsewhere';

/**
 * Where a block sits for judging ML work. Dated, titled entries under other headings
 * ("Internships", "Visiting positions") count as work, and so do the repositories of a GitHub page:
 * there the code is the work itself, not a side project beside a job.
 */
function placeOf(ib: IndexedBlock, source: SourceKind): Place {
  if (ib.section === 'experience') return 'work';
  if (source === 'github' && ib.section === 'projects') return 'work';
  if (ib.section === 'other' && ib.block.title !== undefined && ib.block.dates !== undefined) return 'work';
  if (ib.section === 'projects' || ib.section === 'publications') return 'projects';
  if (ib.section === 'summary') return 'summary';
  return 'elsewhere';
}

function startsByBlock(list: readonly { location: { blockId: string; start: number } }[]): Map<string, number[]> {
  const byBlock = new Map<string, number[]>();
  for (const e of list) {
    const starts = byBlock.get(e.location.blockId);
    if (starts) starts.push(e.location.start);
    else byBlock.set(e.location.blockId, [e.location.start]);
  }
  for (const starts of byBlock.values()) starts.sort((a, b) => a - b);
  return byBlock;
}

/** Whether a sorted list holds a value in [from, to). Binary search: blocks can hold thousands. */
function hasValueIn(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < to;
}

/**
 * Hollow sentences, per block, sorted by position: those carrying a vague duty ("Worked on ...")
 * or hype ("leveraging cutting-edge AI") and no result or concrete production statement. They show
 * no ML work, whatever ML words or tools they name.
 */
function hollowSentenceSpans(doc: IndexedDocument, ev: EvidenceByKind): Map<string, Sentence[]> {
  const empty = startsByBlock([...ev.vague, ...ev.buzzword]);
  const solid = startsByBlock([...ev.outcome, ...ev.production.filter((p) => p.production.level !== 'mentioned')]);
  const spans = new Map<string, Sentence[]>();
  for (const ib of doc.blocks) {
    const hollowStarts = empty.get(ib.block.id);
    if (!hollowStarts) continue;
    const solidStarts = solid.get(ib.block.id) ?? [];
    spans.set(
      ib.block.id,
      ib.sentences.filter((s) => hasValueIn(hollowStarts, s.start, s.end) && !hasValueIn(solidStarts, s.start, s.end)),
    );
  }
  return spans;
}

/** Whether an offset falls inside one of the sorted, disjoint spans. */
function isInside(spans: readonly Sentence[] | undefined, offset: number): boolean {
  if (!spans || spans.length === 0) return false;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid].start) hi = mid - 1;
    else if (offset >= spans[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Sentences about ML work at each place, leaving out hollow ones: one pass over the blocks. */
function countSentencesByPlace(doc: IndexedDocument, hollow: ReadonlyMap<string, Sentence[]>): Record<Place, number> {
  const counts: Record<Place, number> = { work: 0, projects: 0, summary: 0, elsewhere: 0 };
  for (const ib of doc.blocks) {
    const place = placeOf(ib, doc.document.source);
    if (place === 'elsewhere') continue;
    const spans = hollow.get(ib.block.id);
    for (const s of ib.sentences) if (mentionsMlWork(s.text) && !isInside(spans, s.start)) counts[place]++;
  }
  return counts;
}

function levelOf(r: Omit<MlRelevance, 'level' | 'evidenceIds'>): MlRelevanceLevel {
  const exp = r.experienceTools.length;
  const any = r.anyTools.length;
  const mentions = r.experienceMentions;
  const titled = r.titles.length > 0;
  if (exp >= 2 || (titled && (exp >= 1 || mentions >= 1)) || (exp >= 1 && mentions >= 2) || (any >= 2 && mentions >= 3)) {
    return 'core';
  }
  // One ML product named at work (a speech-to-text API, say) is not ML work without a sentence about it.
  if ((exp >= 1 && (mentions >= 1 || any >= 2)) || titled || mentions >= 2 || (r.projectTools.length >= 1 && r.projectMentions >= 1)) {
    return 'some';
  }
  if (any > 0 || mentions + r.projectMentions + r.summaryMentions > 0) return 'weak';
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
  const placeByBlock = new Map(doc.blocks.map((ib) => [ib.block.id, placeOf(ib, doc.document.source)]));
  const hollow = hollowSentenceSpans(doc, ev);
  for (const t of ev.tool) {
    if (!ML_CATEGORIES.has(t.tool.category)) continue;
    anyTools.add(t.tool.name);
    if (t.tool.usage !== 'used') continue;
    // A tool named in a hollow sentence ("worked on ideas using pandas") shows no use.
    if (isInside(hollow.get(t.location.blockId), t.location.start)) continue;
    const place = placeByBlock.get(t.location.blockId);
    if (place === 'work') experienceTools.add(t.tool.name);
    else if (place === 'projects') projectTools.add(t.tool.name);
    else continue;
    evidenceIds.push(t.id);
  }
  const titles = new Set<string>();
  for (const ib of doc.blocks) {
    if (ib.section !== 'projects' && placeOf(ib, doc.document.source) === 'work' && ib.block.title && ML_TITLE.test(ib.block.title)) titles.add(ib.block.title);
  }
  for (const t of ev.tenure) {
    if (t.location.section === 'education' || !t.tenure.title || !ML_TITLE.test(t.tenure.title)) continue;
    titles.add(t.tenure.title);
    evidenceIds.push(t.id);
  }
  const headline = doc.document.person.headline ?? '';
  const mentions = countSentencesByPlace(doc, hollow);
  const facts = {
    experienceTools: [...experienceTools],
    projectTools: [...projectTools],
    anyTools: [...anyTools],
    titles: [...titles],
    experienceMentions: mentions.work,
    projectMentions: mentions.projects,
    summaryMentions: mentions.summary + (ML_TITLE.test(headline) ? 1 : 0),
  };
  return { level: levelOf(facts), ...facts, evidenceIds };
}
