import type { CandidateDocument } from '../lib/model/candidate-document';
import type { Evidence } from '../lib/model/evidence';
import type { Screening } from '../lib/model/screening';
import { VERDICT_LABEL, verdictHasScore } from '../lib/model/verdict-label';

function quoteOf(byId: Map<string, Evidence>, id: string) {
  const e = byId.get(id);
  return e
    ? { quote: e.quote, match: e.match, section: e.location.section, role: e.role, ruleId: e.ruleId, setting: e.setting, claimant: e.claimant }
    : undefined;
}

/**
 * The machine-readable line `screen --json` prints for one file. An insufficient screening judged
 * nothing: its score is null and it carries no flags or checklist, only the evidence found and why.
 */
export function screeningRecord(file: string, document: CandidateDocument, screening: Screening) {
  const judged = verdictHasScore(screening.verdict);
  const byId = new Map(screening.evidence.map((e) => [e.id, e]));
  const quotes = (ids: string[]) => ids.map((id) => quoteOf(byId, id)).filter((q) => q !== undefined);
  return {
    file,
    source: document.source,
    url: document.url,
    name: screening.name,
    headline: screening.headline,
    role: screening.role,
    words: screening.words,
    tools: screening.tools.map((t) => ({ name: t.name, category: t.category, usage: t.usage, evidence: quotes(t.evidenceIds.slice(0, 3)) })),
    outcomes: screening.outcomes.map((o) => {
      const e = byId.get(o.evidenceId);
      const detail = e?.kind === 'outcome' ? e.outcome : undefined;
      return {
        text: o.text,
        token: o.token,
        kind: o.kind,
        baseline: detail?.baseline,
        target: detail?.target,
        attribution: detail?.attribution,
        warning: detail?.warning,
      };
    }),
    production: {
      level: screening.production.level,
      ruleId: screening.production.ruleId,
      reason: screening.production.reason,
      searched: screening.production.searched,
      evidence: quotes(screening.production.evidenceIds),
    },
    buzzwords: { density: screening.buzzwords.density, count: screening.buzzwords.count, ratio: screening.buzzwords.ratio, terms: screening.buzzwords.terms },
    flags: (judged ? screening.flags : []).map((f) => ({
      id: f.id,
      severity: f.severity,
      message: f.message,
      searched: f.searched,
      evidence: quotes(f.evidenceIds),
    })),
    checklist: (judged ? screening.checklist : []).map((c) => ({
      id: c.id,
      label: c.label,
      status: c.status,
      ruleId: c.ruleId,
      points: c.points,
      reason: c.reason,
      searched: c.searched,
      evidence: quotes(c.evidenceIds),
    })),
    score: judged ? screening.score : null,
    verdict: screening.verdict,
    label: VERDICT_LABEL[screening.verdict],
    verdictRule: screening.verdictRule ? { id: screening.verdictRule.id, evidence: quotes(screening.verdictRule.evidenceIds) } : undefined,
    reasons: screening.reasons,
    incomplete: screening.incomplete,
    warnings: document.warnings,
  };
}

/** The `--json` line for a file that holds nothing to screen. */
export function notEnoughTextRecord(file: string, reason: string) {
  return { file, score: null, verdict: 'insufficient' as const, label: VERDICT_LABEL.insufficient, reasons: [reason] };
}
