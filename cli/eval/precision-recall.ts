export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export const emptyCounts = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

/** Micro-averaged precision, recall and F1; an empty side counts as perfect rather than dividing by zero. */
export function precisionRecallF1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.truePositives + c.falsePositives === 0 ? 1 : c.truePositives / (c.truePositives + c.falsePositives);
  const recall = c.truePositives + c.falseNegatives === 0 ? 1 : c.truePositives / (c.truePositives + c.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Compares two sets of keys: what was found, what was extra, what was missed. */
export function compareSets(predicted: Set<string>, expected: Set<string>) {
  const found = [...expected].filter((k) => predicted.has(k));
  const extra = [...predicted].filter((k) => !expected.has(k));
  const missed = [...expected].filter((k) => !predicted.has(k));
  return { counts: { truePositives: found.length, falsePositives: extra.length, falseNegatives: missed.length }, extra, missed };
}
