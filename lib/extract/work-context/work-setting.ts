import type { SectionKind, SourceKind } from '../../model/candidate-document';
import type { WorkSetting } from '../../model/evidence';
import type { IndexedBlock } from '../../text/indexed-document';
import { roleHeaderOf, runInRoleHeaderOf } from './role-header';

// Study, whatever the heading it sits under: a bootcamp listed as a job is still a course, and a
// Kaggle entry is practice on a public dataset scored on a leaderboard, not work of one's own.
const COURSEWORK =
  /\b(?:boot ?camps?|Kaggle|immersive|nanodegree|capstones?|coursework|course ?(?:projects?|work|assignments?)|class projects?|semester projects?|term projects?|school projects?|university projects?|academic projects?|student projects?|final[- ]year projects?|degree projects?|MOOCs?|Coursera|Udacity|Udemy|edX|DataCamp|zoomcamp|General Assembly|Le Wagon|Flatiron School|Springboard|BrainStation|Ironhack|Lambda School|TripleTen|thesis|dissertation|projets? (?:académiques?|universitaires?|de fin d[’']études)|studienprojekt\w*|semesterarbeit|bachelorarbeit|masterarbeit|trabajos? de fin de (?:grado|máster))\b/i;
// "Final project for CSC 485 Deep Learning", "group assignment in the NLP course": work set by a course,
// named by its course code (capitals and three to five digits, never a year) or by the word "course".
const COURSE_CODE = /\b(?:[Pp]rojects?|PROJECTS?|[Aa]ssignments?|ASSIGNMENTS?|[Hh]omework)\s+(?:for|in|of)\s+[A-Z]{2,5}[ -]?(?!(?:19|20)\d\d\b)\d{3,5}[A-Z]?\b/;
const FOR_A_COURSE =
  /\b(?:projects?|assignments?|homework)\s+(?:for|in|of)\s+(?:(?:the|my|a|an|our)\s+)?(?:[\w&'’-]+\s+){0,4}?(?:course|class|module|seminar)\b/i;
// The datasets ML is taught on: a project built on one is an exercise. A job that benchmarks on one is still a job.
const TEACHING_DATASET =
  /\b(?:MNIST|CIFAR[- ]?(?:10|100)|Iris (?:data ?set|flowers?|species|classification)|Titanic|(?:Boston|Ames) (?:housing|house prices)|Pima (?:Indians? )?diabetes|wine quality|digit recogni[sz]er|IMDb (?:movie )?reviews|20 Newsgroups)\b/i;
// Self-run work: nobody employed the candidate to do it (open-source contributions too, whatever is named between).
const SELF_RUN =
  /\b(?:personal projects?|side projects?|hobby projects?|pet projects?|passion projects?|portfolio projects?|independent projects?|self[- ]directed|self[- ]initiated|hackathons?|homelab|home lab|open[- ]source (?:[\w&-]+ ){0,4}(?:projects?|contributions?|contributors?))\b/i;

const BLOCK_SETTING: Partial<Record<SectionKind, WorkSetting>> = {
  experience: 'job',
  volunteering: 'job',
  projects: 'project',
  education: 'coursework',
  certifications: 'coursework',
};

/** What a text says about where the work was done, or undefined when it says nothing. */
export function settingCue(text: string): WorkSetting | undefined {
  if (COURSEWORK.test(text) || COURSE_CODE.test(text) || FOR_A_COURSE.test(text)) return 'coursework';
  if (SELF_RUN.test(text)) return 'project';
  return undefined;
}

const HEADER_LINE = 200;

/** A block's first line, or its second when the first only repeats the title ("Digit classifier" / "Final project for CSC 485"). */
function firstLineBesidesTitle(text: string, title: string | undefined): string {
  const lineAt = (from: number) => {
    const end = text.indexOf('\n', from);
    return text.slice(from, end < 0 ? text.length : end);
  };
  const first = lineAt(0);
  if (title === undefined || first.trim() !== title.trim()) return first.slice(0, HEADER_LINE);
  return first.length < text.length ? lineAt(first.length + 1).slice(0, HEADER_LINE) : '';
}

/**
 * Where the work of a block was done: its section decides, unless its header (title, organisation,
 * employment type, first line) names a course or a self-run project, or a project is built on a teaching
 * dataset. Dated, titled entries under other headings are roles; a GitHub page's repositories are the
 * owner's own projects.
 */
export function blockSetting(ib: IndexedBlock, source: SourceKind): WorkSetting {
  const { title, org, employmentType, text } = ib.block;
  const header = [title, org, employmentType, firstLineBesidesTitle(text, title)].filter(Boolean).join(' | ');
  const cue = settingCue(header);
  if (cue && ib.section !== 'education') return cue;
  if (source === 'github' && (ib.section === 'projects' || ib.section === 'artifacts')) return 'project';
  const bySection = BLOCK_SETTING[ib.section];
  if (bySection === 'project' && TEACHING_DATASET.test(text)) return 'coursework';
  if (bySection) return bySection;
  if (ib.section === 'other' && title !== undefined && ib.block.dates !== undefined) return 'job';
  // A dated role header heading a description is a role, under whatever heading the reader put it.
  if ((ib.section === 'summary' || ib.section === 'other') && roleHeaderOf(text)) return 'job';
  return 'unknown';
}

// Enough of a paragraph to hold its run-in header and the start of what follows.
const PARAGRAPH_HEAD = 200;

/** The setting of the paragraph around a point of a block's text. */
export type ParagraphSetting = (offset: number) => WorkSetting;

/**
 * A block no role owns can still tell roles in prose, one paragraph each, each opening with a run-in
 * header ("Tandemdesk, Staff ML Engineer (2021–present). I own ..."): the sentences of such a paragraph
 * are work in that role. The paragraphs are found once per block and each is read once, so a long block
 * with thousands of sentences costs one pass.
 */
export function paragraphSettingOf(block: WorkSetting, ib: IndexedBlock): ParagraphSetting {
  if (block !== 'unknown' || (ib.section !== 'summary' && ib.section !== 'other')) return () => block;
  const { text } = ib.block;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const read = new Map<number, WorkSetting>();
  return (offset) => {
    const at = lastStartAtOrBefore(starts, offset);
    let setting = read.get(at);
    if (setting === undefined) {
      const from = starts[at];
      const to = at + 1 < starts.length ? starts[at + 1] - 1 : text.length;
      setting = runInRoleHeaderOf(text.slice(from, Math.min(to, from + PARAGRAPH_HEAD))) ? 'job' : block;
      read.set(at, setting);
    }
    return setting;
  };
}

function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A sentence can say more than its block: "Side project: ..." inside a job, "course project" inside projects. */
export function sentenceSetting(block: WorkSetting, sentence: string): WorkSetting {
  if (block === 'coursework') return block;
  const cue = settingCue(sentence);
  return cue ?? block;
}
