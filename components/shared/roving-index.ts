/**
 * Where the keyboard focus goes in a row of `count` items (WAI-ARIA tabs and radio groups): the arrows
 * step and wrap around, Home and End jump to the ends; with `vertical`, Up and Down step too. A key
 * that does not move the focus gives undefined, so the caller leaves the event alone.
 */
export function rovingIndex(key: string, index: number, count: number, { vertical = false } = {}): number | undefined {
  if (count === 0) return undefined;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = key === 'ArrowRight' || (vertical && key === 'ArrowDown') ? 1 : key === 'ArrowLeft' || (vertical && key === 'ArrowUp') ? -1 : 0;
  return step ? (index + step + count) % count : undefined;
}
