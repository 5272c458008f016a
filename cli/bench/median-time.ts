import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median wall time of `fn` over `runs` runs, after at least `warmup` runs and `warmupMs` of calls that let
 * the JIT settle: the figure is the steady state of a long-lived service worker or CLI process.
 */
export async function medianTime(fn: () => unknown, runs: number, warmup = 3, warmupMs = 300): Promise<number> {
  const warmStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStart < warmupMs; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
