import type { SectionKind, SourceKind } from '../model/candidate-document';
import type { Evidence, WorkSetting } from '../model/evidence';
import { isMlTool } from '../extract/ml-work/ml-lexicon';
import type { EvidenceByKind } from './evidence-by-kind';

export type MlRelevanceLevel = 'core' | 'some' | 'weak' | 'none';

export interface MlRelevance {
  level: MlRelevanceLevel;
  /** Distinct ML tools used in jobs, in self-run projects, in coursework, and named anywhere. */
  experienceTools: string[];
  projectTools: string[];
  courseworkTools: string[];
  anyTools: string[];
  /** Job titles that name ML work ("Machine Learning Engineer", "Data Scientist"). */
  titles: string[];
  /** Sentences about ML work in jobs, in projects, in coursework, and in the headline or summary. */
  experienceMentions: number;
  projectMentions: number;
  courseworkMentions: number;
  summaryMentions: number;
  /** There is ML work, and all of it was done in courses, bootcamps or theses. */
  onlyCoursework: boolean;
  evidenceIds: string[];
}

type Place = 'work' | 'projects' | 'coursework' | 'summary' | 'elsewhere';

// For evidence built without a setting (by hand, or by an older extractor): what its section implies.
const SETTING_OF_SECTION: Partial<Record<SectionKind, WorkSetting>> = { experience: 'job', projects: 'project', education: 'coursework' };

/**
 * Where a piece of evidence sits for judging ML work, from the setting its extractor attached. The
 * repositories of a GitHub page count as work: there the code is the work itself, not a side project
 * beside a job. A block the reader could not place is at best a project: never a job, but not nothing.
 */
function placeOf(e: Evidence, source: SourceKind): Place {
  const section = e.location.section;
  const setting = e.setting ?? SETTING_OF_SECTION[section];
  if (setting === 'coursework') return 'coursework';
  if (source === 'github' && section === 'projects') return 'work';
  if (setting === 'job') return 'work';
  if (setting === 'project' || section === 'publications' || section === 'other') return 'projects';
  if (section === 'summary') return 'summary';
  return 'elsewhere';
}

/** Sentences, as the quotes of their evidence per block: a quote is never copied into a longer key. */
class SentenceSet {
  private readonly byBlock = new Map<string, Set<string>>();

  add(e: Evidence): void {
    const quotes = this.byBlock.get(e.location.blockId);
    if (quotes) quotes.add(e.quote);
    else this.byBlock.set(e.location.blockId, new Set([e.quote]));
  }

  has(e: Evidence): boolean {
    return this.byBlock.get(e.location.blockId)?.has(e.quote) ?? false;
  }
}

/**
 * Hollow sentences: those that carry a vague duty ("Worked on ...") or hype ("leveraging cutting-edge
 * AI") and no result or concrete production statement. They show no ML work, whatever ML words or
 * tools they name.
 */
function hollowSentences(ev: EvidenceByKind, solid: SentenceSet): SentenceSet {
  const hollow = new SentenceSet();
  for (const e of [...ev.vague, ...ev.buzzword]) if (!solid.has(e)) hollow.add(e);
  return hollow;
}

/** Sentences that carry a result with a number or a concrete production statement. */
function solidSentences(ev: EvidenceByKind): SentenceSet {
  const solid = new SentenceSet();
  for (const e of [...ev.outcome, ...ev.production.filter((p) => p.production.level !== 'mentioned')]) solid.add(e);
  return solid;
}

function levelOf(r: Omit<MlRelevance, 'level' | 'evidenceIds' | 'onlyCoursework'>): MlRelevanceLevel {
  const exp = r.experienceTools.length;
  const any = r.anyTools.length;
  const mentions = r.experienceMentions;
  const titled = r.titles.length > 0;
  const studyTools = r.projectTools.length + r.courseworkTools.length;
  const studyMentions = r.projectMentions + r.courseworkMentions;
  if (exp >= 2 || (titled && (exp >= 1 || mentions >= 1)) || (exp >= 1 && mentions >= 2) || (any >= 2 && mentions >= 3)) {
    return 'core';
  }
  // One ML product named at work (a speech-to-text API, say) is not ML work without a sentence about it.
  if ((exp >= 1 && (mentions >= 1 || any >= 2)) || titled || mentions >= 2 || (studyTools >= 1 && studyMentions >= 1)) {
    return 'some';
  }
  if (any > 0 || mentions + studyMentions + r.summaryMentions > 0) return 'weak';
  return 'none';
}

/**
 * Whether any evidence sits in a section of roles or projects. A resume told as prose, with no such section,
 * tells its work in what the reader can only call a summary.
 */
function hasRoleSections(ev: EvidenceByKind): boolean {
  return Object.values(ev).some((list: Evidence[]) => list.some((e) => e.location.section === 'experience' || e.location.section === 'projects'));
}

/**
 * Whether the candidate does machine learning at all, judged from what they did, not what they
 * call themselves: ML tools used in roles and projects, ML job titles, and sentences about ML work,
 * all read from evidence. A headline or summary alone ("AI/ML enthusiast") is only `weak`.
 */
export function judgeMlRelevance(source: SourceKind, ev: EvidenceByKind): MlRelevance {
  const tools: Record<Place, Set<string>> = { work: new Set(), projects: new Set(), coursework: new Set(), summary: new Set(), elsewhere: new Set() };
  const anyTools = new Set<string>();
  const evidenceIds: string[] = [];
  const solid = solidSentences(ev);
  const hollow = hollowSentences(ev, solid);
  // Without sections of roles or projects, a summary sentence with a result or a concrete production
  // statement is an account of work, not a claim about oneself.
  const summaryTellsWork = !hasRoleSections(ev);
  const placeIn = (e: Evidence): Place => {
    const place = placeOf(e, source);
    return place === 'summary' && summaryTellsWork && solid.has(e) ? 'work' : place;
  };
  for (const t of ev.tool) {
    if (!isMlTool(t.tool)) continue;
    anyTools.add(t.tool.name);
    // A tool named in a hollow sentence ("worked on ideas using pandas") shows no use.
    if (t.tool.usage !== 'used' || hollow.has(t)) continue;
    const place = placeIn(t);
    if (place === 'summary' || place === 'elsewhere') continue;
    tools[place].add(t.tool.name);
    evidenceIds.push(t.id);
  }
  const titles = new Set<string>();
  const mentions: Record<Place, number> = { work: 0, projects: 0, coursework: 0, summary: 0, elsewhere: 0 };
  for (const m of ev.mlWork) {
    const place = placeIn(m);
    if (m.mlWork.signal === 'title') {
      // A repository's name is not a job title, and a headline is a claim about oneself.
      if (place === 'work' && m.location.section !== 'projects') {
        titles.add(m.quote);
        evidenceIds.push(m.id);
      } else if (place === 'summary') {
        mentions.summary++;
      }
      continue;
    }
    // A sentence that only names an ML system counts when it also says what happened to it: a result
    // with a number or a concrete production statement ("Shipped the ads ranking model to 2B requests a day").
    const counts = m.mlWork.signal === 'work' || solid.has(m);
    if (!counts || hollow.has(m)) continue;
    mentions[place]++;
    if (place !== 'summary' && place !== 'elsewhere') evidenceIds.push(m.id);
  }
  const facts = {
    experienceTools: [...tools.work],
    projectTools: [...tools.projects],
    courseworkTools: [...tools.coursework],
    anyTools: [...anyTools],
    titles: [...titles],
    experienceMentions: mentions.work,
    projectMentions: mentions.projects,
    courseworkMentions: mentions.coursework,
    summaryMentions: mentions.summary,
  };
  const fromWorkOrProjects = facts.experienceTools.length + facts.projectTools.length + facts.titles.length + facts.experienceMentions + facts.projectMentions;
  const fromCoursework = facts.courseworkTools.length + facts.courseworkMentions;
  return { level: levelOf(facts), ...facts, onlyCoursework: fromWorkOrProjects === 0 && fromCoursework > 0, evidenceIds };
}
