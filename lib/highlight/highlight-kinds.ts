import type { EvidenceKind } from '../model/evidence';

/** One colour per kind of evidence, used by the page highlights and the panel's legend alike. */
export const HIGHLIGHT_KINDS: Record<EvidenceKind, { label: string; light: string; dark: string }> = {
  tool: { label: 'Tools', light: 'rgba(59, 130, 246, 0.30)', dark: 'rgba(96, 165, 250, 0.40)' },
  outcome: { label: 'Outcomes', light: 'rgba(34, 197, 94, 0.32)', dark: 'rgba(74, 222, 128, 0.38)' },
  production: { label: 'Production', light: 'rgba(168, 85, 247, 0.28)', dark: 'rgba(192, 132, 252, 0.40)' },
  buzzword: { label: 'Buzzwords', light: 'rgba(249, 115, 22, 0.32)', dark: 'rgba(251, 146, 60, 0.42)' },
  vague: { label: 'Vague wording', light: 'rgba(234, 179, 8, 0.38)', dark: 'rgba(250, 204, 21, 0.40)' },
  tenure: { label: 'Tenure', light: 'rgba(20, 184, 166, 0.30)', dark: 'rgba(45, 212, 191, 0.38)' },
  artifact: { label: 'Artifacts', light: 'rgba(236, 72, 153, 0.28)', dark: 'rgba(244, 114, 182, 0.38)' },
  'ml-work': { label: 'ML work', light: 'rgba(14, 165, 233, 0.28)', dark: 'rgba(56, 189, 248, 0.38)' },
  publication: { label: 'Publications', light: 'rgba(132, 204, 22, 0.32)', dark: 'rgba(163, 230, 53, 0.38)' },
};

export const EVIDENCE_KINDS = Object.keys(HIGHLIGHT_KINDS) as EvidenceKind[];

/** Highlight registry names: short and generic, since the page can list them. */
export function highlightName(kind: EvidenceKind): string {
  return `sc-${kind}`;
}

export const CURRENT_HIGHLIGHT = 'sc-current';

/** The `::highlight()` rules for the page: each kind's colour, and a strong outline colour for the current one. */
export function highlightStyleSheetText(): string {
  const rules: string[] = [];
  for (const kind of EVIDENCE_KINDS) {
    rules.push(`::highlight(${highlightName(kind)}) { background-color: ${HIGHLIGHT_KINDS[kind].light}; }`);
  }
  rules.push(`::highlight(${CURRENT_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.85); color: #111; }`);
  const dark = EVIDENCE_KINDS.map((kind) => `::highlight(${highlightName(kind)}) { background-color: ${HIGHLIGHT_KINDS[kind].dark}; }`);
  rules.push(`@media (prefers-color-scheme: dark) { ${dark.join(' ')} }`);
  return rules.join('\n');
}
