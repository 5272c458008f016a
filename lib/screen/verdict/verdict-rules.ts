import type { Evidence } from '../../model/evidence';
import type { ChecklistResult, Flag, Verdict } from '../../model/screening';
import type { RolePreset } from '../role-presets';
import type { ScreenFacts } from '../screen-facts';
import { citedEvidence } from './cited-evidence';
import { openNext } from './open-next';
import { workShownBy, type WorkShown } from './own-work';

/** What the verdict is decided on. */
export interface VerdictInput {
  f: ScreenFacts;
  preset: RolePreset;
  checklist: ChecklistResult[];
  flags: Flag[];
  /** The checklist's points minus flag penalties, before any cap. */
  points: number;
}

/** What every row of the verdict table reads. */
export interface VerdictContext extends VerdictInput {
  /** A piece of evidence that a must-pass item cites, by its id. */
  cited: (id: string) => Evidence | undefined;
}

export interface RuleHit {
  reason: string;
  evidenceIds: string[];
}

export type Gate = 'readable' | 'relevant' | 'must-have' | 'strong';

/** One row of the verdict table. The first row whose test hits decides. */
export interface VerdictRule {
  id: string;
  gate: Gate;
  /** When the row applies, in words. */
  condition: string;
  /** What it reads. */
  evidence: string;
  verdict: Verdict;
  test: (c: VerdictContext) => RuleHit | undefined;
}

export const STRONG_SCORE = 50;
// Under this many words of sentences (or in all), with no role to judge by, any verdict would be a guess.
const JUDGEABLE_WORDS = 40;
// One character in five that is not text: binary data or a broken encoding.
const UNREADABLE_SHARE = 0.2;
// More letters in scripts the engine has no words for than in the ones it reads.
const UNREAD_LANGUAGE_SHARE = 0.5;
const PROFILE_SECTIONS = new Set(['summary', 'experience', 'education', 'skills', 'projects']);

/** Entries with titles (repositories, roles, degrees) or tools: something is named, even with no prose. */
const namesAnything = (c: VerdictContext) => c.f.readability.titled > 0 || c.f.ev.tool.length > 0;
const hit = (reason: string, evidenceIds: string[] = []): RuleHit => ({ reason, evidenceIds });
const pct = (share: number) => `${Math.round(share * 100)}%`;
const isMlOptional = (c: VerdictContext) => c.preset.machineLearningOptional;
const hasFlag = (c: VerdictContext, id: Flag['id']) => c.flags.some((fl) => fl.id === id);
const shipsAnySystem = (c: VerdictContext) => c.f.production.level === 'specified' || c.f.production.level === 'quantified';

function requiredItems(c: VerdictInput): ChecklistResult[] {
  return c.preset.strongRequires.map((id) => c.checklist.find((item) => item.id === id)).filter((item): item is ChecklistResult => item !== undefined);
}

/** The must-pass items that are not shown by the candidate's own work in a role, with what they are shown by instead. */
function notShownAtWork(c: VerdictContext, shown: Exclude<WorkShown, 'job'>): RuleHit | undefined {
  const items = requiredItems(c)
    .filter((item) => item.status === 'pass')
    .map((item) => ({ item, ...workShownBy(item, c.cited) }))
    .filter((w) => w.shown === shown);
  if (items.length === 0) return undefined;
  const labels = items.map((w) => `“${w.item.label}”`).join(', ');
  const where: Record<typeof shown, string> = {
    'self-run': 'only in self-run projects or coursework, never in a role',
    team: "only as a team's or organisation's work, never as the candidate's own",
    'outside-roles': 'only in a summary or in text that belongs to no role',
  };
  return hit(
    `Not strong: ${labels} shown ${where[shown]}.`,
    items.flatMap((w) => w.evidenceIds),
  );
}

function mlEvidenceInPlace(c: VerdictContext, places: ReadonlySet<string>): string[] {
  const ids = new Set(c.f.ml.evidenceIds);
  for (const m of c.f.ev.mlWork) if (places.has(m.location.section)) ids.add(m.id);
  return [...ids];
}

/** ML shown only outside jobs: in projects, coursework or a block no role owns. */
function mlOnlyOutsideJobs(c: VerdictContext): boolean {
  const { ml } = c.f;
  return ml.experienceTools.length === 0 && ml.titles.length === 0 && ml.experienceMentions === 0;
}

/** A result with a number, or something concrete shipped, in the candidate's projects or coursework. */
function projectsShowSomething(c: VerdictContext): boolean {
  // A summary's claims are not projects: only work done in projects, courses or blocks no role owns.
  const outsideJobs = (e: Evidence) => e.setting === 'project' || e.setting === 'coursework' || (e.setting === 'unknown' && e.location.section === 'other');
  return c.f.ev.outcome.some(outsideJobs) || c.f.ev.production.some((p) => p.production.level !== 'mentioned' && outsideJobs(p));
}

export const VERDICT_RULES: readonly VerdictRule[] = [
  {
    id: 'insufficient.no-profile-sections',
    gate: 'readable',
    condition: 'a LinkedIn page with no About, Experience, Education, Skills or Projects section',
    evidence: 'the sections the LinkedIn reader found',
    verdict: 'insufficient',
    test: (c) => {
      const doc = c.f.indexed.document;
      if (doc.source !== 'linkedin' || doc.sections.some((s) => PROFILE_SECTIONS.has(s.kind))) return undefined;
      const who = doc.person.name ? ` for ${doc.person.name}` : '';
      return hit(
        `Not enough evidence: this LinkedIn page shows no profile sections${who} (About, Experience, Skills): it is not a profile, or its sections have not loaded. ${openNext(doc)}`,
      );
    },
  },
  {
    id: 'insufficient.no-text',
    gate: 'readable',
    condition: 'the document has no words at all, and names nothing (no titled entry, no tool)',
    evidence: 'the text of every section; titles of entries; tools',
    verdict: 'insufficient',
    test: (c) =>
      c.f.readability.words === 0 && !namesAnything(c) ? hit(`Not enough evidence: no readable text was found. ${openNext(c.f.indexed.document)}`) : undefined,
  },
  {
    id: 'insufficient.unreadable-bytes',
    gate: 'readable',
    condition: `at least ${pct(UNREADABLE_SHARE)} of the characters are control characters, U+FFFD or private-use glyphs`,
    evidence: 'every character of the text',
    verdict: 'insufficient',
    test: (c) => {
      const share = c.f.readability.garbageShare;
      if (share < UNREADABLE_SHARE) return undefined;
      return hit(
        `Not enough evidence: ${pct(share)} of the characters are not text (binary data or a broken encoding), so nothing can be read reliably. ${openNext(c.f.indexed.document)}`,
      );
    },
  },
  {
    id: 'insufficient.unread-language',
    gate: 'readable',
    condition: `more than ${pct(UNREAD_LANGUAGE_SHARE)} of the letters are in a script the engine has no words for (CJK, Arabic, Hebrew, Greek, Indic, Thai…)`,
    evidence: 'every letter of the text',
    verdict: 'insufficient',
    test: (c) => {
      const { unreadShare, unreadScript } = c.f.readability;
      if (unreadShare <= UNREAD_LANGUAGE_SHARE) return undefined;
      return hit(
        `Not enough evidence: ${pct(unreadShare)} of the letters are in a script Shipcheck does not read (${unreadScript ?? 'unknown'}), so a verdict would judge only the few words it can. Open a version in English or another Latin-script language, or the candidate's LinkedIn profile.`,
      );
    },
  },
  {
    id: 'insufficient.no-prose',
    gate: 'readable',
    condition: `no role with a title, and under ${JUDGEABLE_WORDS} words in sentences (names, tools and repositories only)`,
    evidence: 'sentences of five words or more outside skills lists; titled roles',
    verdict: 'insufficient',
    test: (c) => {
      const { proseWords, roles } = c.f.readability;
      if (roles > 0 || proseWords >= JUDGEABLE_WORDS) return undefined;
      const doc = c.f.indexed.document;
      const repositories = doc.source === 'github' ? doc.sections.filter((s) => s.kind === 'projects').reduce((n, s) => n + s.blocks.length, 0) : 0;
      const what =
        repositories > 0
          ? `the page lists ${repositories} repositor${repositories === 1 ? 'y' : 'ies'} but has almost no prose about the work (${proseWords} words in sentences: no bio, descriptions or README to read)`
          : `the text names things (tools, skills, titles) but has only ${proseWords} words in sentences about work, and no role`;
      return hit(`Not enough evidence: ${what}. ${openNext(doc)}`);
    },
  },
  {
    id: 'insufficient.too-few-words',
    gate: 'readable',
    condition: `under ${JUDGEABLE_WORDS} words, nothing concrete (used tool, result, production statement) and no ML work`,
    evidence: 'word count; used tools, outcomes, specified production; ML relevance',
    verdict: 'insufficient',
    test: (c) => {
      const { f } = c;
      if (f.readability.words >= JUDGEABLE_WORDS || f.concrete > 0 || f.ml.level === 'core' || f.ml.level === 'some') return undefined;
      return hit(
        `Not enough evidence: only ${f.readability.words} words of text, and no work described with tools, results or production. ${openNext(f.indexed.document)}`,
      );
    },
  },
  {
    id: 'pass.neither-ml-nor-production',
    gate: 'relevant',
    condition: 'ML is optional for the role, and there is neither ML work nor concrete production work of any system',
    evidence: 'ML relevance; production statements',
    verdict: 'pass',
    test: (c) =>
      isMlOptional(c) && (c.f.ml.level === 'none' || c.f.ml.level === 'weak') && !shipsAnySystem(c)
        ? hit('Not a fit: neither machine-learning work nor production work found.', c.f.ml.evidenceIds)
        : undefined,
  },
  {
    id: 'pass.no-ml',
    gate: 'relevant',
    condition: 'the role needs ML, and no ML title, ML tool, ML sentence or ML headline is found anywhere',
    evidence: 'ML-work evidence; ML tools',
    verdict: 'pass',
    test: (c) => (!isMlOptional(c) && c.f.ml.level === 'none' ? hit('Not a fit: no machine-learning work found in roles or projects.') : undefined),
  },
  {
    id: 'pass.ml-only-claimed',
    gate: 'relevant',
    condition: 'ML is only named in a headline, a summary or a skills list, never in described work',
    evidence: 'ML-work evidence of the headline and summary; ML tools listed as skills',
    verdict: 'pass',
    test: (c) => {
      if (isMlOptional(c) || c.f.ml.level !== 'weak') return undefined;
      const listed = c.f.ev.tool.filter((t) => t.tool.usage === 'listed' && c.f.ml.anyTools.includes(t.tool.name)).map((t) => t.id);
      return hit('Not a fit: machine learning only claimed in a headline, summary or skills list, never shown in work.', [
        ...mlEvidenceInPlace(c, new Set(['summary'])),
        ...listed,
      ]);
    },
  },
  {
    id: 'pass.ml-only-coursework',
    gate: 'relevant',
    condition: 'all ML work was done in courses, bootcamps, capstones or theses',
    evidence: 'setting of the ML-work evidence and ML tools',
    verdict: 'pass',
    test: (c) =>
      !isMlOptional(c) && c.f.ml.onlyCoursework
        ? hit('Not a fit: machine learning only in courses, bootcamps or a thesis, never in a job or a project of their own.', c.f.ml.evidenceIds)
        : undefined,
  },
  {
    id: 'pass.ml-thin-and-buzzy',
    gate: 'relevant',
    condition: 'little ML work (some, not core), and the buzzword-heavy flag is up',
    evidence: 'ML relevance; buzzword and vague-duty evidence',
    verdict: 'pass',
    test: (c) =>
      !isMlOptional(c) && c.f.ml.level === 'some' && hasFlag(c, 'buzzword-heavy')
        ? hit('Not a fit: little machine-learning work shown, and buzzwords outweigh evidence.', [...c.f.ml.evidenceIds, ...c.f.buzzwords.evidenceIds])
        : undefined,
  },
  {
    id: 'pass.buzzy-nothing-shipped',
    gate: 'relevant',
    condition: 'the buzzword-heavy flag is up, and no production work of any system is described (at most mentioned)',
    evidence: 'buzzword and vague-duty evidence; production statements',
    verdict: 'pass',
    test: (c) =>
      !isMlOptional(c) && hasFlag(c, 'buzzword-heavy') && !shipsAnySystem(c)
        ? hit('Not a fit: buzzwords outweigh evidence, and nothing built or shipped is described.', [
            ...c.f.buzzwords.evidenceIds,
            ...c.f.production.evidenceIds,
          ])
        : undefined,
  },
  {
    id: 'pass.ml-projects-vague',
    gate: 'relevant',
    condition: 'ML only outside jobs (no ML title or ML tool at work), and duties are described vaguely',
    evidence: 'ML relevance by place; vague-duty evidence',
    verdict: 'pass',
    test: (c) => {
      const { ml } = c.f;
      if (isMlOptional(c) || ml.level !== 'some' || ml.experienceTools.length > 0 || ml.titles.length > 0 || !hasFlag(c, 'vague-responsibilities'))
        return undefined;
      return hit('Not a fit: machine learning only in projects or coursework, and duties are described vaguely.', [
        ...ml.evidenceIds,
        ...c.f.ev.vague.map((v) => v.id),
      ]);
    },
  },
  {
    id: 'pass.ml-projects-unshown',
    gate: 'relevant',
    condition: 'ML only outside jobs, and those projects show neither a result with a number nor anything concretely shipped',
    evidence: 'ML relevance by place; outcomes and production statements outside jobs',
    verdict: 'pass',
    test: (c) =>
      !isMlOptional(c) && c.f.ml.level === 'some' && mlOnlyOutsideJobs(c) && !projectsShowSomething(c)
        ? hit('Not a fit: machine learning only in projects or coursework that show neither a measured result nor anything shipped.', c.f.ml.evidenceIds)
        : undefined,
  },
  {
    id: 'potential.must-have-missing',
    gate: 'must-have',
    condition: 'a must-have tool of the opening (one the catalogue knows) is not found anywhere in the document',
    evidence: 'the must-have checklist rows',
    verdict: 'potential',
    test: (c) => {
      // A name the catalogue does not know (a typo, say) cannot tell that the tool is missing.
      const missing = c.checklist.filter(
        (item) => item.id.startsWith('must-have:') && item.status !== 'pass' && item.evidenceIds.length === 0 && item.ruleId !== `${item.id}.unknown-name`,
      );
      if (missing.length === 0) return undefined;
      const names = missing.map((item) => item.label.replace(/^Must have: /, '')).join(', ');
      return hit(`At most potential: must-have ${missing.length === 1 ? 'tool' : 'tools'} ${names} not found in the document.`);
    },
  },
  {
    id: 'potential.ml-minor',
    gate: 'strong',
    condition: 'the role needs ML, and ML is a small part of the described work (some, not core)',
    evidence: 'ML relevance',
    verdict: 'potential',
    test: (c) =>
      !isMlOptional(c) && c.f.ml.level !== 'core' ? hit('Not strong: machine learning is a small part of the described work.', c.f.ml.evidenceIds) : undefined,
  },
  {
    id: 'potential.production-not-ml',
    gate: 'strong',
    condition: 'ML is optional for the role, and the production work shown is on no ML at all',
    evidence: 'ML relevance; production statements',
    verdict: 'potential',
    test: (c) =>
      isMlOptional(c) && (c.f.ml.level === 'none' || c.f.ml.level === 'weak')
        ? hit('Not strong: production work, but none of it on machine learning.', c.f.production.evidenceIds)
        : undefined,
  },
  {
    id: 'potential.must-pass-missing',
    gate: 'strong',
    condition: "one of the preset's must-pass checklist items does not pass",
    evidence: 'the must-pass checklist rows',
    verdict: 'potential',
    test: (c) => {
      const missing = requiredItems(c).filter((item) => item.status !== 'pass');
      if (missing.length === 0) return undefined;
      return hit(
        `Not strong: ${missing.map((item) => `“${item.label}”`).join(', ')} not shown.`,
        missing.flatMap((item) => item.evidenceIds),
      );
    },
  },
  {
    id: 'potential.only-self-run',
    gate: 'strong',
    condition: 'a must-pass item is shown only by personal projects, GitHub repositories or coursework',
    evidence: 'setting of the must-pass rows’ evidence',
    verdict: 'potential',
    test: (c) => notShownAtWork(c, 'self-run'),
  },
  {
    id: 'potential.only-team',
    gate: 'strong',
    condition: 'a must-pass item is shown only by team claims ("we", "my team", "the org\'s platform", "helped")',
    evidence: 'claimant of the must-pass rows’ evidence',
    verdict: 'potential',
    test: (c) => notShownAtWork(c, 'team'),
  },
  {
    id: 'potential.only-outside-roles',
    gate: 'strong',
    condition: 'a must-pass item is shown only in a summary, a headline or text that belongs to no role',
    evidence: 'setting and section of the must-pass rows’ evidence',
    verdict: 'potential',
    test: (c) => notShownAtWork(c, 'outside-roles'),
  },
  {
    id: 'potential.score-below',
    gate: 'strong',
    condition: `the score is under ${STRONG_SCORE}`,
    evidence: 'the checklist points and flag penalties',
    verdict: 'potential',
    test: (c) => (c.points < STRONG_SCORE ? hit(`Not strong: score ${c.points} is under ${STRONG_SCORE}.`) : undefined),
  },
  {
    id: 'strong.shown-at-work',
    gate: 'strong',
    condition: 'every must-pass item is shown by the candidate’s own work in a role, and the score is at least 50',
    evidence: 'the must-pass rows and their evidence',
    verdict: 'strong',
    test: (c) => {
      const items = requiredItems(c);
      const ids = items.flatMap((item) => workShownBy(item, c.cited).evidenceIds);
      return hit(`Strong: ${items.length} must-pass items shown in the candidate's own work and score ${c.points} ≥ ${STRONG_SCORE}.`, ids);
    },
  },
];

/** The first row that applies; the last row always does. */
export function decideVerdict(input: VerdictInput): { rule: VerdictRule; hit: RuleHit } {
  const c: VerdictContext = { ...input, cited: citedEvidence(input.f.evidence, requiredItems(input)) };
  for (const rule of VERDICT_RULES) {
    const found = rule.test(c);
    if (found) return { rule, hit: found };
  }
  throw new Error('the verdict table has no row for this case');
}
