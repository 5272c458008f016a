import { isWhitespaceCode } from '../../text/whitespace-code';
import type { ProductionAspect, ProductionEvidence } from '../../model/evidence';
import type { SectionKind } from '../../model/candidate-document';
import { matchPhrases, type PhraseMatch } from '../../text/phrase-lexicon';
import { tokenizeWords, type WordToken } from '../../text/word-tokens';
import { PRODUCTION_LEXICON, type ProductionSignal } from './production-signals';
import { countCatalogueAnchors } from './catalogue-anchors';
import { findSystemNumbers } from './system-numbers';

/** The level one statement supports; the document's level (with `none`) is the screen's to compute. */
export type StatementLevel = ProductionEvidence['production']['level'];

export interface ProductionFinding {
  aspect: ProductionAspect;
  level: StatementLevel;
  /** Offsets of the matched words inside the sentence. */
  start: number;
  end: number;
}

// Sections that describe claims, study or credentials rather than work done.
const CLAIM_SECTIONS = new Set<SectionKind>(['skills', 'education', 'certifications', 'publications', 'awards', 'languages']);

const ACTION_VERBS = new Set([
  'build',
  'built',
  'building',
  'builds',
  'design',
  'designing',
  'designs',
  'develop',
  'developing',
  'develops',
  'create',
  'creating',
  'creates',
  'implement',
  'implementing',
  'implements',
  'wrote',
  'write',
  'writing',
  'writes',
  'ran',
  'run',
  'running',
  'runs',
  'set',
  'setup',
  'setting',
  'led',
  'lead',
  'leading',
  'leads',
  'own',
  'owns',
  'owning',
  'made',
  'make',
  'making',
  'drove',
  'drive',
  'driving',
  'took',
  'grew',
  'shipping',
  'serving',
  'deploying',
  'migrating',
  'maintaining',
  'operating',
  'monitoring',
  'scaling',
  'automating',
  'architecting',
  'engineering',
  'integrating',
  'introducing',
  'establishing',
  'configuring',
  'provisioning',
  'using',
  'utilizing',
  'leveraging',
  'powers',
  'enables',
  'supports',
  'handles',
  'processes',
  'serves',
  'deploys',
  'ships',
  'runs',
  'cut',
  'cuts',
  'rebuilt',
  'rewrote',
  'spun',
  'stood',
  'brought',
  'kept',
  'won',
  'achieved',
  'used',
  'owned',
  'wired',
  'tuned',
  'fixed',
  'moved',
  'реализовал',
  'разработал',
  'построил',
  'внедрил',
  'настроил',
]);
// Words ending in -ed that describe rather than report an action.
const NOT_VERBS = new Set(['based', 'driven', 'oriented', 'advanced', 'distributed', 'embedded', 'related', 'red', 'bed', 'need', 'speed', 'feed', 'seed']);

function looksLikeVerb(word: string): boolean {
  if (ACTION_VERBS.has(word)) return true;
  return word.length >= 5 && word.endsWith('ed') && !NOT_VERBS.has(word);
}

// Articles and prepositions that join the words of a sentence; a list of tools has few. "And" is
// left out because lists end with it. Verb endings are English only, these also cover Spanish and German.
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'for',
  'with',
  'in',
  'on',
  'from',
  'by',
  'into',
  'at',
  'our',
  'its',
  'their',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'de',
  'del',
  'al',
  'con',
  'en',
  'para',
  'por',
  'que',
  'sobre',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'mit',
  'für',
  'von',
  'im',
  'auf',
  'zur',
  'zum',
  'über',
  'bei',
  'le',
  'les',
  'du',
  'des',
  'une',
  'par',
  'pour',
  'avec',
  'vers',
  'dans',
  'au',
  'aux',
  'sur',
  'do',
  'da',
  'dos',
  'das',
  'em',
  'com',
  'di',
  'della',
  'dei',
  'il',
  'per',
  'het',
  'een',
  'voor',
  'met',
  'dla',
]);
const PROSE_FUNCTION_WORDS = 3;

function readsAsProse(tokens: WordToken[]): boolean {
  let count = 0;
  for (const t of tokens) if (FUNCTION_WORDS.has(t.word) && ++count >= PROSE_FUNCTION_WORDS) return true;
  return false;
}

// A comma between digits is a decimal or thousands mark ("99,9 %", "12,000"), not a list separator.
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

// What String.prototype.trimEnd removes (JavaScript's \s), asked per character so no trimmed copy is made.
function isTrimmedSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && isWhitespaceCode(code);
}

function endsWithPeriod(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isTrimmedSpace(text.charCodeAt(i))) i--;
  return text[i] === '.';
}

/** A tool list or a heading ("Docker, Kubernetes, AWS"; "On-Call"; a job title), not a statement of work. */
function isListLike(tokens: WordToken[], text: string): boolean {
  for (const t of tokens) if (looksLikeVerb(t.word)) return false;
  if (tokens.length < 6) return !endsWithPeriod(text);
  if (readsAsProse(tokens)) return false;
  let separators = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ',' && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) continue;
    if (ch === ',' || ch === '|' || ch === '·' || ch === ';' || ch === ':') separators++;
  }
  return separators >= 2;
}

/**
 * What the matches of one sentence say, as flags and counts: the sentence's cue, verb and tech matches
 * are read again, in order, only when findings are built, so no list of them is made per sentence.
 */
interface Signals {
  cues: number;
  verbs: number;
  deploymentCue: boolean;
  deploymentVerb: boolean;
  /** A match of kind `anchor` (a concrete target), which shipping needs to count in a lab's work. */
  anchorMatch: boolean;
  /** Named technologies and concrete targets in the sentence. */
  anchors: number;
  software: boolean;
  /** A running system is named: a service, an app, a database, a cloud; a model or a library is not one. */
  system: boolean;
  research: boolean;
  academic: boolean;
  hedged: boolean;
  offtopic: boolean;
  /** "production" or "prod" stands in the sentence. */
  productionWord: boolean;
}

// A domain name ("quirl.com", "pollinations.ai") names a running website or service.
const DOMAIN = /\.(?:com|io|ai|org|net|app|dev|co)$/;

// Platforms that are as often used for training and analysis as for production: they make a
// statement specific but do not prove production work on their own.
const NEEDS_CUE: ReadonlySet<ProductionAspect> = new Set(['mlops']);

const PRODUCTION_CUE: ProductionSignal = { kind: 'cue', aspect: 'deployment' };
const PRODUCTION_WORDS = new Set(['production', 'prod']);
// Shared by every sentence without an extra cue: nothing adds to it.
const NO_MATCHES: readonly PhraseMatch<ProductionSignal>[] = [];

/**
 * "Production" before a system a few words on ("production multi-agent systems", "prod ranking
 * service") is a deployment cue even when the phrase is not in the lexicon. Asked only of sentences
 * with such a word.
 */
function productionBeforeSystem(matches: PhraseMatch<ProductionSignal>[], tokens: WordToken[]): readonly PhraseMatch<ProductionSignal>[] {
  const covered = new Set<number>();
  const systemAt = new Set<number>();
  for (const m of matches) {
    for (let i = m.first; i < m.last; i++) covered.add(i);
    const kind = m.value.kind;
    if (kind === 'software' || kind === 'model' || kind === 'anchor' || kind === 'library' || kind === 'tech') systemAt.add(m.first);
  }
  const out: PhraseMatch<ProductionSignal>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i) || !PRODUCTION_WORDS.has(tokens[i].word)) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      if (!systemAt.has(j)) continue;
      out.push({ value: PRODUCTION_CUE, first: i, last: i + 1, start: tokens[i].start, end: tokens[i].end });
      break;
    }
  }
  return out;
}

// "Worked with the platform team to ship ..." is collaboration on the work, not a claim of familiarity
// with a tool like "worked with Docker".
const COLLABORATORS = new Set(['team', 'teams', 'engineers', 'colleagues', 'group', 'squad']);
const COLLABORATION_WINDOW = 4;

function isCollaboration(m: PhraseMatch<ProductionSignal>, tokens: WordToken[]): boolean {
  if (!tokens[m.first]?.word.startsWith('work')) return false;
  for (let j = m.last; j < m.last + COLLABORATION_WINDOW && j < tokens.length; j++) if (COLLABORATORS.has(tokens[j].word)) return true;
  return false;
}

function aspectOf(m: PhraseMatch<ProductionSignal>): ProductionAspect {
  return (m.value as { aspect: ProductionAspect }).aspect;
}

function addSignal(s: Signals, m: PhraseMatch<ProductionSignal>, tokens: WordToken[]): void {
  switch (m.value.kind) {
    case 'cue':
      s.cues++;
      if (aspectOf(m) === 'deployment') s.deploymentCue = true;
      break;
    case 'verb':
      s.verbs++;
      if (aspectOf(m) === 'deployment') s.deploymentVerb = true;
      break;
    case 'tech':
      s.anchors++;
      s.system = true;
      break;
    case 'anchor':
      s.anchorMatch = true;
      s.anchors++;
      s.system = true;
      break;
    case 'library':
      s.anchors++;
      break;
    case 'software':
      s.software = true;
      s.system = true;
      break;
    case 'model':
      s.software = true;
      break;
    case 'hedge':
      if (!isCollaboration(m, tokens)) s.hedged = true;
      break;
    case 'offtopic':
      s.offtopic = true;
      break;
    case 'research':
      s.research = true;
      break;
    case 'academic':
      s.academic = true;
      break;
  }
}

function collectSignals(matches: PhraseMatch<ProductionSignal>[], tokens: WordToken[]): Signals {
  const s: Signals = {
    cues: 0,
    verbs: 0,
    deploymentCue: false,
    deploymentVerb: false,
    anchorMatch: false,
    anchors: 0,
    software: false,
    system: false,
    research: false,
    academic: false,
    hedged: false,
    offtopic: false,
    productionWord: false,
  };
  // One pass over the words for domain names and for "production" itself.
  for (const t of tokens) {
    if (PRODUCTION_WORDS.has(t.word)) s.productionWord = true;
    else if (t.word.includes('.') && DOMAIN.test(t.word)) {
      s.anchors++;
      s.system = true;
    }
  }
  for (const m of matches) addSignal(s, m, tokens);
  return s;
}

/** Matches not counted yet as anchors, given in token order; nothing is allocated to skip them. */
function addCatalogueAnchors(s: Signals, matches: PhraseMatch<ProductionSignal>[], tokens: WordToken[], text: string): void {
  s.anchors += countCatalogueAnchors(tokens, text, matches);
}

export interface SentenceContext {
  section: SectionKind;
  /** The sentence before, in the same block, stated specific production work ("Deployed X on Y. Serves 5k QPS."). */
  followsProductionStatement?: boolean;
}

/** Which matches become findings: what the sentence's context lets count. */
interface FindingRules {
  softwareContext: boolean;
  /** Maintaining or operating needs something that runs: "maintained churn models in Python" is model upkeep. */
  operable: boolean;
  usage: boolean;
  statement: boolean;
}

function isFound(m: PhraseMatch<ProductionSignal>, rules: FindingRules): boolean {
  switch (m.value.kind) {
    case 'cue':
      return true;
    case 'verb': {
      if (!rules.softwareContext) return false;
      const aspect = aspectOf(m);
      if (aspect === 'scale' && !rules.usage) return false;
      return aspect !== 'infrastructure' || rules.operable;
    }
    case 'tech':
      return rules.statement && !NEEDS_CUE.has(aspectOf(m));
    default:
      return false;
  }
}

/** What was found, in text order; `toolOnly` when every found match is a named tool. */
interface Found {
  findings: ProductionFinding[];
  count: number;
  toolOnly: boolean;
}

function addFound(found: Found, m: PhraseMatch<ProductionSignal>, rules: FindingRules): void {
  if (!isFound(m, rules)) return;
  found.count++;
  if (m.value.kind !== 'tech') found.toolOnly = false;
  // One finding per aspect: its first match in the text.
  const aspect = aspectOf(m);
  for (const f of found.findings) if (f.aspect === aspect) return;
  found.findings.push({ aspect, level: 'mentioned', start: m.start, end: m.end });
}

/** Matches of the lexicon and extra cues merged in text order (they never share a start). */
function findMatches(matches: PhraseMatch<ProductionSignal>[], extra: readonly PhraseMatch<ProductionSignal>[], rules: FindingRules): Found {
  const found: Found = { findings: [], count: 0, toolOnly: true };
  let k = 0;
  for (const m of matches) {
    while (k < extra.length && extra[k].start < m.start) addFound(found, extra[k++], rules);
    addFound(found, m, rules);
  }
  while (k < extra.length) addFound(found, extra[k++], rules);
  return found;
}

// Returned for every sentence without findings (most of them); read-only, so no caller can add to it.
const NO_FINDINGS: readonly ProductionFinding[] = [];

/**
 * Reads one sentence for production work. Cue words alone make a mention; a statement of work with
 * a named technology or target makes it specified; numbers about the running system make it quantified.
 */
export function classifyProductionSentence(text: string, context: SentenceContext, tokens: WordToken[] = tokenizeWords(text)): readonly ProductionFinding[] {
  const { section, followsProductionStatement = false } = context;
  if (tokens.length === 0) return NO_FINDINGS;
  const matches = matchPhrases(PRODUCTION_LEXICON, tokens, text);
  const s = collectSignals(matches, tokens);
  const extra = s.productionWord ? productionBeforeSystem(matches, tokens) : NO_MATCHES;
  for (const m of extra) addSignal(s, m, tokens);
  const anchored = s.anchors > 0;
  if (s.offtopic && !anchored) return NO_FINDINGS;
  // A lab's cluster, a benchmark or an offline evaluation runs nowhere but in research: tools,
  // operating verbs and monitoring words there are research engineering until a sentence says production.
  // Shipping to something the public reaches (an API, an endpoint, a website) is production even when a lab runs it.
  const shippedToSystem = s.deploymentVerb && s.anchorMatch;
  if (s.academic && !shippedToSystem && !s.deploymentCue) return NO_FINDINGS;
  const softwareContext = s.software || anchored || s.cues > 0 || followsProductionStatement;
  // Most sentences of a resume say nothing about software in operation: stop before the costlier checks.
  if (!softwareContext && s.verbs === 0) return NO_FINDINGS;
  const numbers = findSystemNumbers(tokens, text);
  // A sentence that opens with a verb reports work whatever its section's label ("Deployed X" under Skills).
  const statement = (!CLAIM_SECTIONS.has(section) || looksLikeVerb(tokens[0].word)) && !isListLike(tokens, text);
  const operable = s.system || s.cues > 0 || followsProductionStatement;
  const found = findMatches(matches, extra, { softwareContext, operable, usage: numbers.usage !== undefined, statement });

  // A volume per unit of time on software ("pipeline handling 2M events a day") is a system at work on its own.
  const scale = numbers.usage ?? numbers.rate ?? (followsProductionStatement ? numbers.volume : undefined);
  if (found.count === 0 && statement && scale && softwareContext) {
    return [{ aspect: 'scale', level: s.hedged ? 'mentioned' : 'quantified', start: scale.start, end: scale.end }];
  }
  if (found.count === 0) return NO_FINDINGS;
  if (s.anchors < 2) addCatalogueAnchors(s, matches, tokens, text);

  // A lone tool name proves little ("used Docker for local development", "ran experiments on EC2"):
  // without a production word it needs a system around it and no sign of research work.
  const weakToolOnly = found.toolOnly && (s.research || (!s.software && s.anchors < 2));
  let level: StatementLevel = 'mentioned';
  if (statement && !s.hedged && !weakToolOnly) {
    if (numbers.measure && softwareContext) level = 'quantified';
    else if (s.anchors > 0) level = 'specified';
  }
  for (const f of found.findings) f.level = level;
  return found.findings;
}
