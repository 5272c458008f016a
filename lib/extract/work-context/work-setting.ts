import type { SectionKind, SourceKind } from '../../model/candidate-document';
import type { WorkSetting } from '../../model/evidence';
import type { IndexedBlock } from '../../text/indexed-document';
import { roleHeaderOf } from './role-header';

// Study, whatever the heading it sits under: a bootcamp listed as a job is still a course, and a
// Kaggle entry is practice on a public dataset scored on a leaderboard, not work of one's own.
const COURSEWORK =
  /\b(?:boot ?camps?|Kaggle|immersive|nanodegree|capstones?|coursework|course ?(?:projects?|work|assignments?)|class projects?|semester projects?|term projects?|school projects?|university projects?|academic projects?|student projects?|final[- ]year projects?|degree projects?|MOOCs?|Coursera|Udacity|Udemy|edX|DataCamp|zoomcamp|General Assembly|Le Wagon|Flatiron School|Springboard|BrainStation|Ironhack|Lambda School|TripleTen|thesis|dissertation|projets? (?:académiques?|universitaires?|de fin d[’']études)|studienprojekt\w*|semesterarbeit|bachelorarbeit|masterarbeit|trabajos? de fin de (?:grado|máster))\b/i;
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
  if (COURSEWORK.test(text)) return 'coursework';
  if (SELF_RUN.test(text)) return 'project';
  return undefined;
}

/**
 * Where the work of a block was done: its section decides, unless its header (title, organisation,
 * employment type, first line) names a course or a self-run project. Dated, titled entries under other
 * headings are roles; a GitHub page's repositories are the owner's own projects.
 */
export function blockSetting(ib: IndexedBlock, source: SourceKind): WorkSetting {
  const { title, org, employmentType, text } = ib.block;
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length).slice(0, 200);
  const header = [title, org, employmentType, firstLine].filter(Boolean).join(' | ');
  const cue = settingCue(header);
  if (cue && ib.section !== 'education') return cue;
  if (source === 'github' && (ib.section === 'projects' || ib.section === 'artifacts')) return 'project';
  const bySection = BLOCK_SETTING[ib.section];
  if (bySection) return bySection;
  if (ib.section === 'other' && title !== undefined && ib.block.dates !== undefined) return 'job';
  // A dated role header heading a description is a role, under whatever heading the reader put it.
  if ((ib.section === 'summary' || ib.section === 'other') && roleHeaderOf(text)) return 'job';
  return 'unknown';
}

/** A sentence can say more than its block: "Side project: ..." inside a job, "course project" inside projects. */
export function sentenceSetting(block: WorkSetting, sentence: string): WorkSetting {
  if (block === 'coursework') return block;
  const cue = settingCue(sentence);
  return cue ?? block;
}
