import type { Evidence } from '../lib/model/evidence';
import type { Screening } from '../lib/model/screening';
import { VERDICT_LABEL } from '../lib/model/verdict-label';
import { VERDICT_RULES } from '../lib/screen/verdict/verdict-rules';
import { clipQuote } from '../lib/text/clip-quote';

const STATUS_MARK = { pass: '✔', fail: '✘', unknown: '?' } as const;
const SENTENCES_PER_ITEM = 3;

/**
 * One line per sentence behind an item: the rules that read it, where its work was done and whose it
 * is, and the sentence. Several rules often read one sentence; it is printed once.
 */
function evidenceLines(ids: readonly string[], byId: ReadonlyMap<string, Evidence>, indent: string): string[] {
  const bySentence = new Map<string, { rules: Set<string>; e: Evidence }>();
  for (const id of ids) {
    const e = byId.get(id);
    if (!e) continue;
    const key = `${e.location.blockId}\u0000${e.quote}`;
    const found = bySentence.get(key);
    if (found) found.rules.add(e.ruleId);
    else bySentence.set(key, { rules: new Set([e.ruleId]), e });
  }
  const sentences = [...bySentence.values()];
  const lines = sentences.slice(0, SENTENCES_PER_ITEM).map(({ rules, e }) => {
    const context = [e.location.section, e.setting, e.claimant === 'team' ? 'team claim' : undefined].filter(Boolean).join(', ');
    return `${indent}[${[...rules].join(', ')}] (${context}) “${clipQuote(e.quote, 110)}”`;
  });
  if (sentences.length > SENTENCES_PER_ITEM) lines.push(`${indent}… and ${sentences.length - SENTENCES_PER_ITEM} more sentences`);
  return lines;
}

/**
 * `screen --explain`: the row of the verdict table that decided and the evidence it read, the rule that set
 * the production level, and each checklist item's rule with its evidence.
 */
export function formatExplanation(screening: Screening): string {
  const byId = new Map(screening.evidence.map((e) => [e.id, e]));
  const out: string[] = ['', 'Why'];
  const rule = VERDICT_RULES.find((r) => r.id === screening.verdictRule?.id);
  out.push(`  Verdict ${VERDICT_LABEL[screening.verdict]}: row ${screening.verdictRule?.id ?? '(none)'} (gate ${rule?.gate ?? '?'})`);
  if (rule) out.push(`    when: ${rule.condition}`, `    reads: ${rule.evidence}`);
  out.push(`    ${screening.reasons[0] ?? ''}`);
  out.push(...evidenceLines(screening.verdictRule?.evidenceIds ?? [], byId, '      '));
  const p = screening.production;
  out.push(`  Production ${p.level}: rule ${p.ruleId ?? '(none)'}`);
  if (p.reason) out.push(`    ${p.reason}`);
  out.push(...evidenceLines(p.evidenceIds, byId, '      '));
  out.push('  Checklist');
  for (const c of screening.checklist) {
    out.push(`    ${STATUS_MARK[c.status]} ${c.label}: rule ${c.ruleId ?? c.id} (${c.points} points)`);
    out.push(`      ${c.reason}`);
    if (c.searched && c.status !== 'pass') out.push(`      searched: ${c.searched}`);
    out.push(...evidenceLines(c.evidenceIds, byId, '        '));
  }
  return out.join('\n');
}
