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
// Whose effort a supporter shares: a group of people. "Supported the company's 2M users" is a system's load.
const PEOPLES = new Set(['team’s', "team's", 'teams’', "teams'", 'group’s', "group's"]);
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
// A group the candidate can belong to: "member of the claims-automation team", "on the squad that shipped".
const GROUP = new Set(['team', 'teams', 'squad', 'squads', 'group', 'crew', 'department', 'unit', 'organization', 'organisation', 'org']);
// "member of", "part of", "one of": the sentence says the candidate belongs to a group, not what they did.
const MEMBERSHIP = new Set(['member', 'members', 'part', 'one']);
// "on / in / within / joined the X team that shipped": belonging, when the team is what the clause is about.
const BELONGING = new Set(['on', 'in', 'within', 'joined', 'joining']);
const RELATIVE = new Set(['that', 'which', 'who', 'whose']);
// "Shipped it with my team": the team is company, and the sentence's subject is the candidate.
const COMPANY = new Set(['with', 'alongside', 'beside']);
// "Member of", "Was part of", "I was a member of": membership that opens the sentence is all it claims.
const MEMBERSHIP_OPENING = 3;
// How far a group noun may stand from "member of" / "on the": "on the claims-automation platform team" is four words.
const GROUP_REACH = 5;

function hasAny(tokens: readonly WordToken[], words: ReadonlySet<string>, from = 0, to = tokens.length): boolean {
  for (let i = from; i < Math.min(to, tokens.length); i++) if (words.has(tokens[i].word)) return true;
  return false;
}

/** A verb of leading before position `to`: "Led the team that shipped", "I managed the squad which built". */
function ledBefore(tokens: readonly WordToken[], to: number): boolean {
  return hasAny(tokens, LEAD, 0, to);
}

/**
 * "Member of the claims-automation team that shipped ...", "Part of a 5-person squad.", "on the search
 * team that launched ...": the sentence places the candidate in a group and credits the group. A group
 * the candidate led, one that is only the client ("for the fraud team that reviews ..."), and an aside
 * after the candidate's own verb ("Deployed it as part of the search team") are not this.
 */
function belongsToCreditedGroup(tokens: readonly WordToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!GROUP.has(tokens[i].word)) continue;
    const relative = RELATIVE.has(tokens[i + 1]?.word ?? '');
    for (let k = i - 1; k >= Math.max(0, i - GROUP_REACH); k--) {
      const word = tokens[k].word;
      // "Deployed it as part of the search team (that owns ranking)" is an aside to the candidate's own verb.
      const member = MEMBERSHIP.has(word) && tokens[k + 1]?.word === 'of' && tokens[k - 1]?.word !== 'as';
      // "Member of the ranking team." heads the sentence: belonging is all it claims.
      const heads = member && k <= MEMBERSHIP_OPENING;
      if ((heads || (relative && (member || BELONGING.has(word)))) && !ledBefore(tokens, k)) return true;
    }
  }
  return false;
}

/**
 * "my team shipped", "our team", "The team built", "part of the team that", "The company's platform
 * serves": the work is credited to a group. "the company's churn model" further on is only whose
 * model the candidate worked on, and "with my team" only who else was there.
 */
function creditsGroup(tokens: readonly WordToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].word;
    if (POSSESSIVE_GROUP.has(word) && i <= 1) return true;
    if (word !== 'team') continue;
    const before = tokens[i - 1]?.word;
    if ((before === 'my' || before === 'our') && !COMPANY.has(tokens[i - 2]?.word ?? '')) return true;
    if (before === 'the' && (i === 1 || tokens[i - 2]?.word === 'of')) return true;
  }
  return belongsToCreditedGroup(tokens);
}

/** "Helped the team deploy", "contributed to the migration", "supported engineers": a share, not ownership. */
function claimsShare(tokens: readonly WordToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!SHARE.has(tokens[i].word)) continue;
    const verb = tokens[i].word;
    // "Supported 2M daily users" is a system's load; "supported the team's monitoring effort" is a share.
    if (verb.startsWith('support')) {
      if (hasAny(tokens, SHARE_OBJECTS, i + 1, i + 5) || hasAny(tokens, PEOPLES, i + 1, i + 3)) return true;
      continue;
    }
    return true;
  }
  return false;
}

// Every way a sentence credits a group names one of these; most sentences name none and are read once.
const GROUP_CUES: ReadonlySet<string> = new Set([...WE, 'our', ...POSSESSIVE_GROUP, ...GROUP, ...SHARE]);

/**
 * Whose work a sentence claims. "We shipped", "my team's platform", "part of the team that", "helped
 * deploy" credit a group; "I", a resume bullet that opens with a verb, and "Led the team that ..." are
 * the candidate's own.
 */
export function claimantOf(tokens: readonly WordToken[]): Claimant {
  if (tokens.length === 0) return 'self';
  if (LEAD.has(tokens[0].word)) return 'self';
  if (!hasAny(tokens, GROUP_CUES)) return 'self';
  const self = hasAny(tokens, SELF);
  if (!self && (hasAny(tokens, WE) || tokens[0].word === 'our')) return 'team';
  if (creditsGroup(tokens) || claimsShare(tokens)) return 'team';
  return 'self';
}
