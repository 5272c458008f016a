/** How often each expected value was predicted as each value, and which documents disagreed. */
export interface ConfusionMatrix {
  values: string[];
  /** counts[expected][predicted] */
  counts: Record<string, Record<string, number>>;
  agreed: number;
  total: number;
  /** Documents where the prediction differs, grouped "expected -> predicted". */
  misses: { expected: string; predicted: string; files: string[] }[];
}

export interface Judged {
  file: string;
  expected: string;
  predicted: string;
}

/** `order` lists the values in the order to print; values met that it lacks are added at the end. */
export function confusionMatrix(judged: readonly Judged[], order: readonly string[]): ConfusionMatrix {
  const values = [...order];
  for (const j of judged) for (const v of [j.expected, j.predicted]) if (!values.includes(v)) values.push(v);
  const counts: Record<string, Record<string, number>> = {};
  for (const e of values) counts[e] = Object.fromEntries(values.map((p) => [p, 0]));
  const misses = new Map<string, { expected: string; predicted: string; files: string[] }>();
  let agreed = 0;
  for (const j of judged) {
    counts[j.expected][j.predicted]++;
    if (j.expected === j.predicted) {
      agreed++;
      continue;
    }
    const key = `${j.expected}\u0000${j.predicted}`;
    const miss = misses.get(key) ?? { expected: j.expected, predicted: j.predicted, files: [] };
    miss.files.push(j.file);
    misses.set(key, miss);
  }
  const rank = (v: string) => values.indexOf(v);
  return {
    values,
    counts,
    agreed,
    total: judged.length,
    misses: [...misses.values()].sort((a, b) => rank(a.expected) - rank(b.expected) || rank(a.predicted) - rank(b.predicted)),
  };
}

/** The matrix as text: one row per expected value, one column per predicted value; empty rows left out. */
export function formatConfusionMatrix(title: string, m: ConfusionMatrix): string {
  const width = Math.max(12, ...m.values.map((v) => v.length + 2));
  const rows = m.values.filter((e) => m.values.some((p) => m.counts[e][p] > 0));
  const pct = m.total === 0 ? 100 : (m.agreed / m.total) * 100;
  const lines = [
    `${title}: ${m.agreed}/${m.total} agree (${pct.toFixed(1)}%)`,
    `  ${'expected \\ got'.padEnd(width)}${m.values.map((v) => v.padStart(width)).join('')}`,
  ];
  for (const e of rows) lines.push(`  ${e.padEnd(width)}${m.values.map((p) => String(m.counts[e][p] || '·').padStart(width)).join('')}`);
  for (const miss of m.misses) lines.push(`  ${miss.expected} -> ${miss.predicted} (${miss.files.length}): ${miss.files.join(', ')}`);
  return lines.join('\n');
}
