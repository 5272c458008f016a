const FORWARD = new Set(['ArrowRight']);
const BACKWARD = new Set(['ArrowLeft']);
const FORWARD_VERTICAL = new Set(['ArrowRight', 'ArrowDown']);
const BACKWARD_VERTICAL = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Where the keyboard focus goes in a row of `count` items (WAI-ARIA tabs and radio groups): the arrows
 * step and wrap around, Home and End jump to the ends; with `vertical`, Up and Down step too. A key
 * that does not move the focus gives undefined, so the caller leaves the event alone.
 */
export function rovingIndex(key: string, index: number, count: number, { vertical = false } = {}): number | undefined {
  if (count === 0) return undefined;
  if ((vertical ? FORWARD_VERTICAL : FORWARD).has(key)) return (index + 1) % count;
  if ((vertical ? BACKWARD_VERTICAL : BACKWARD).has(key)) return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
