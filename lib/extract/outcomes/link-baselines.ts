import type { NumberToken } from './number-tokens';

/** A number after linking: "from 90s to 4s" keeps the first number and records both ends. */
export interface LinkedNumber {
  token: NumberToken;
  baseline?: string;
  target?: string;
  /** Part of a stated comparison (from-to, arrow, versus): a duration there is a result. */
  compared: boolean;
  /** Where the counted noun starts when it follows the target: "from 2 to 5 models". */
  countedAfter?: number;
  /** "from 7 per quarter to 1": the period both ends are counted over. */
  per?: string;
}

const ARROW = /^\s*(?:→|->|=>|⇒|⟶|➝|➔|➜|-->)\s*$/;
/** "to", and its Spanish, Portuguese, French and German forms ("del 4,8 % al 2,1 %", "de 3 horas para 20", "von 12 auf 3"). */
const TO = /^\s*(?:to|down to|up to|into|until|till|al|a|hasta|para|auf|bis|à|au)\s*$/i;
const SPACED_DASH = /^\s+[-–—]\s+$|^[–—]$/;
const VERSUS = /^[\s(]*(?:vs\.?|versus|v\.|compared to|compared with|against|relative to)\s*$/i;
/** "from 7 per quarter to 1", "from roughly 300 a week to under 5": a count over a period. */
const PER_PERIOD_TO =
  /^\s*(?:per|a|an|each|every)\s+(second|minute|hour|day|night|week|month|quarter|year|sprint|release|run)\s+(?:to|down to|up to)\s+(?:(?:under|below|over|above|about|around|roughly|only|just|fewer than|less than|more than)\s+)?$/i;
/** "from 12 to under 3 per week": the period printed after the target instead. */
const PER_PERIOD_AFTER = /^\s+(?:per|a|an|each|every)\s+(second|minute|hour|day|night|week|month|quarter|year|sprint|release|run)\b/i;
/** "to under 5", "to fewer than 3": a hedge before the target. */
const HEDGED_TO = /^\s*(?:to|down to|up to)\s+(?:under|below|over|above|about|around|roughly|only|just|fewer than|less than|more than)\s*$/i;
const FROM_BEFORE =
  /(?:\bfrom|\bdel|\bdesde|\bvon|\bvom|\bdu|\bde)\s*(?:(?:roughly|about|around|approximately|nearly|almost|over|just|some|an average of)\s+)?$/i;
/** "from <100K to >2M images/day": a bound sign before either number of a pair. */
const BOUND_SIGN = /\s*[<>≤≥]\s*$/;

/** Text between two linked numbers is short; anything longer is two separate claims. */
const MAX_GAP = 24;

function hasUnit(t: NumberToken): boolean {
  return t.unit !== undefined || t.magnitude !== undefined || t.currency !== undefined;
}

/** "from 14 to 4 hours": the first number takes the unit printed after the second. */
function inheritUnit(first: NumberToken, second: NumberToken): NumberToken {
  if (hasUnit(first)) return first;
  return { ...first, unit: second.unit, magnitude: second.magnitude, currency: second.currency };
}

/** "2 to 3 hours": one token spanning both numbers, with the unit of the second. */
function mergeRange(s: string, first: NumberToken, second: NumberToken): NumberToken {
  return {
    ...inheritUnit(first, second),
    end: second.end,
    text: s.slice(first.start, second.end),
    plus: second.plus,
    currency: first.currency ?? second.currency,
    shape: 'range',
  };
}

function sameFamily(a: NumberToken, b: NumberToken): boolean {
  return (a.unit?.family ?? a.magnitude?.family) === (b.unit?.family ?? b.magnitude?.family) && hasUnit(a);
}

/** "€50k - 65k", "10 – 20%": the second number closes a range opened by the first. */
function isRangeEnd(a: NumberToken, b: NumberToken): boolean {
  if (b.value < a.value || a.shape !== 'plain') return false;
  return !hasUnit(a) || sameFamily(a, b) || (a.currency !== undefined && !b.unit && b.magnitude?.canonical === a.magnitude?.canonical);
}

/**
 * Pairs neighbouring numbers that state one claim: "from A to B" and "A → B" (A is the claim,
 * A the baseline and B the target), "A vs B" (B is the baseline) and the range "A to B unit".
 * The second number of a pair is not a claim of its own.
 */
export function linkBaselines(s: string, tokens: readonly NumberToken[]): LinkedNumber[] {
  const out: LinkedNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (b === undefined || b.start - a.end > MAX_GAP || b.shape !== 'plain') {
      out.push({ token: a, compared: false });
      continue;
    }
    const between = s.slice(a.end, b.start).replace(BOUND_SIGN, '');
    const fromBefore = FROM_BEFORE.test(s.slice(Math.max(0, a.start - 24), a.start).replace(BOUND_SIGN, ''));
    const per = fromBefore && !hasUnit(a) ? PER_PERIOD_TO.exec(between)?.[1].toLowerCase() : undefined;
    if (per) {
      out.push({ token: a, baseline: a.text, target: b.text, compared: true, per });
      i++;
    } else if (ARROW.test(between) || ((TO.test(between) || HEDGED_TO.test(between)) && (fromBefore || sameFamily(a, b)))) {
      const countedAfter = hasUnit(a) || hasUnit(b) ? undefined : b.end;
      const perAfter = countedAfter === undefined ? undefined : PER_PERIOD_AFTER.exec(s.slice(b.end, b.end + 24))?.[1].toLowerCase();
      out.push({ token: inheritUnit(a, b), baseline: a.text, target: b.text, compared: true, countedAfter, ...(perAfter ? { per: perAfter } : {}) });
      i++;
    } else if (VERSUS.test(between)) {
      out.push({ token: a, baseline: b.text, compared: true });
      i++;
    } else if (SPACED_DASH.test(between) && isRangeEnd(a, b)) {
      out.push({ token: mergeRange(s, a, b), compared: false });
      i++;
    } else if (TO.test(between) && !hasUnit(a) && a.shape === 'plain') {
      out.push({ token: mergeRange(s, a, b), compared: false });
      i++;
    } else {
      out.push({ token: a, compared: false });
    }
  }
  return out;
}
