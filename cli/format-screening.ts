import { describeBuzzwordDensity } from '../lib/model/buzzword-density';
import type { Evidence } from '../lib/model/evidence';
import type { Screening } from '../lib/model/screening';
import { VERDICT_LABEL, verdictHasScore } from '../lib/model/verdict-label';

const STATUS_MARK = { pass: '✔', fail: '✘', unknown: '?' } as const;

function clip(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A screening as a recruiter reads it in a terminal: verdict first, then the reasons and their quotes. */
export function formatScreening(file: string, screening: Screening, warnings: string[] = []): string {
  const byId = new Map<string, Evidence>(screening.evidence.map((e) => [e.id, e]));
  const quote = (id: string) => {
    const e = byId.get(id);
    return e ? `      “${clip(e.quote)}”` : undefined;
  };
  // Several rules often point at the same sentence; a recruiter needs to read it once.
  const quotes = (ids: string[], max: number) => [...new Set(ids.map(quote).filter((q) => q !== undefined))].slice(0, max);
  const out: string[] = [];
  out.push(`━━ ${file}`);
  out.push(`${screening.name ?? '(no name found)'}${screening.headline ? ` — ${clip(screening.headline, 80)}` : ''}`);
  const score = verdictHasScore(screening.verdict) ? `   Score: ${screening.score}/100` : '';
  out.push(`Verdict: ${VERDICT_LABEL[screening.verdict]}${score}   Role: ${screening.role}   Words: ${screening.words}`);
  for (const r of screening.reasons.slice(0, 5)) out.push(`  · ${r}`);
  for (const w of warnings) out.push(`  ! ${w}`);
  for (const i of screening.incomplete) out.push(`  ! Incomplete: ${i.message}${i.seeAllUrl ? ` (${i.seeAllUrl})` : ''}`);
  // Flags, checklist and the rest would be judgements made from nothing.
  if (!verdictHasScore(screening.verdict)) return out.join('\n');

  out.push('', `Flags (${screening.flags.length})`);
  for (const f of screening.flags) {
    out.push(`  [${f.severity}] ${f.id}: ${f.message}`);
    if (f.searched) out.push(`      searched: ${f.searched}`);
    out.push(...quotes(f.evidenceIds, 2));
  }

  const used = screening.tools.filter((t) => t.usage === 'used').map((t) => t.name);
  const listed = screening.tools.filter((t) => t.usage === 'listed').map((t) => t.name);
  out.push('', `Tools (${screening.tools.length})`);
  out.push(`  used in experience: ${used.join(', ') || '—'}`);
  out.push(`  only listed:        ${listed.join(', ') || '—'}`);

  out.push('', `Production: ${screening.production.level}`);
  out.push(...quotes(screening.production.evidenceIds, 4));
  if (screening.production.evidenceIds.length === 0) out.push(`      searched: ${screening.production.searched}`);

  out.push('', `Outcomes (${screening.outcomes.length})`);
  for (const o of screening.outcomes.slice(0, 8)) out.push(`  ${o.token.padEnd(9)} ${o.kind.padEnd(10)} ${clip(o.text, 90)}`);

  const b = screening.buzzwords;
  out.push(
    '',
    `Buzzwords: ${b.count} in ${screening.words} words, ${describeBuzzwordDensity(b.density)}${b.terms.length ? ` (${b.terms.map((t) => `${t.term}×${t.count}`).join(', ')})` : ''}`,
  );

  out.push('', 'Checklist');
  for (const c of screening.checklist) out.push(`  ${STATUS_MARK[c.status]} ${c.label}: ${c.reason}`);
  return out.join('\n');
}

/** A file that holds nothing to screen (binary data, not a resume, not a profile): the state, and why. */
export function formatNotEnoughText(file: string, reason: string): string {
  return [`━━ ${file}`, `Verdict: ${VERDICT_LABEL.insufficient}`, `  · ${reason}`].join('\n');
}
