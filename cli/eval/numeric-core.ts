/**
 * The number an outcome is about, stripped of unit, sign and thousands separators: "$2.3M" -> "2.3",
 * "2,000" -> "2000", "∼49x" -> "49". Outcomes match when their cores match, whatever the formatting.
 */
export function numericCore(token: string): string | undefined {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(token);
  if (!m) return undefined;
  const digits = m[0].replace(/,(?=\d{3}\b)/g, '').replace(/,/g, '');
  return digits.includes('.') ? digits.replace(/0+$/, '').replace(/\.$/, '') : digits;
}
