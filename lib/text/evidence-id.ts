/** Stable within one screening: the same rule on the same text gets the same id. */
export function evidenceId(ruleId: string, blockId: string, start: number): string {
  return `${ruleId}@${blockId}:${start}`;
}
