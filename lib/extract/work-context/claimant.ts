import type { Claimant } from '../../model/evidence';
import type { WordToken } from '../../text/word-tokens';

const SELF = new Set(['i', 'i’m', "i'm", 'i’ve', "i've", 'myself']);
// "we" as a subject; "our" only opening the sentence ("Our platform serves"): "Built our ranking service" is the candidate's.
const WE = new Set(['we', "we've", "we're", 'we’ve', 'we’re', 'ourselves']);
const POSSESSIVE_GROUP = new Set([
  'team’s',
  "team's",
  'company’s',
  "company's",
  'org’s',
  "org's",
  'organization’s',
  "organization's",
  'organisation’s',
  "organisation's",
  'group’s',
  "group's",
  'firm’s',
  "firm's",
]);
// Verbs of leading: "Led the team that shipped X" claims the result as the candidate's own.
const LEAD = new Set([
  'led',
  'lead',
  'leading',
  'managed',
  'managing',
  'headed',
  'heading',
  'directed',
  'directing',
  'supervised',
  'oversaw',
  'overseeing',
  'founded',
  'built',
  'grew',
  'hired',
  'mentored',
  'coached',
]);
// Verbs of a share in someone else's work.
const SHARE = new Set([
  'helped',
  'helping',
  'assisted',
  'assisting',
  'participated',
  'participating',
  'contributed',
  'contributing',
  'supported',
  'supporting',
]);
const SHARE_OBJECTS = new Set([
  'team',
  'teams',
  'engineers',
  'development',
  'deployment',
  'launch',
  'migration',
  'rollout',
  'implementation',
  'effort',
  'efforts',
  'project',
  'initiative',
]);

function hasAny(tokens: readonly WordToken[], words: ReadonlySet<string>, from = 0, to = tokens.length): boolean {
  for (let i = from; i < Math.min(to, tokens.length); i++) if (words.has(tokens[i].word)) return true;
  return false;
}

/**
 * "my team shipped", "our team", "The team built", "part of the team that", "The company's platform
 * serves": the work is credited to a group. "the company's churn model" further on is only whose
 * model the candidate worked on.
 */
function creditsGroup(tokens: readonly WordToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].word;
    if (POSSESSIVE_GROUP.has(word) && i <= 1) return true;
    if (word !== 'team') continue;
    const before = tokens[i - 1]?.word;
    if (before === 'my' || before === 'our') return true;
    if (before === 'the' && (i === 1 || tokens[i - 2]?.word === 'of')) return true;
  }
  return false;
}

/** "Helped the team deploy", "contributed to the migration", "supported engineers": a share, not ownership. */
function claimsShare(tokens: readonly WordToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!SHARE.has(tokens[i].word)) continue;
    const verb = tokens[i].word;
    if (verb.startsWith('support')) {
      if (hasAny(tokens, SHARE_OBJECTS, i + 1, i + 4)) return true;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * Whose work a sentence claims. "We shipped", "my team's platform", "part of the team that", "helped
 * deploy" credit a group; "I", a resume bullet that opens with a verb, and "Led the team that ..." are
 * the candidate's own.
 */
export function claimantOf(tokens: readonly WordToken[]): Claimant {
  if (tokens.length === 0) return 'self';
  if (LEAD.has(tokens[0].word)) return 'self';
  const self = hasAny(tokens, SELF);
  if (!self && (hasAny(tokens, WE) || tokens[0].word === 'our')) return 'team';
  if (creditsGroup(tokens) || claimsShare(tokens)) return 'team';
  return 'self';
}
