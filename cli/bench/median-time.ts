import { performance } from 'node:perf_hooks';

/**
 * How long a benchmarked function is called before timing starts. Measured on this code: the engine at 2 kB and
 * compromise both get faster for about 1-1.8 s of back-to-back calls (2 kB engine 2.8 -> 0.8 ms, compromise
 * 25 -> 11 ms) while the JIT optimises, so a shorter warm-up times a half-optimised program, not the steady state
 * of a long-lived service worker or CLI process.
 */
export const STEADY_STATE_WARMUP_MS = 2500;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Calls `fn` for at least `warmup` calls and `warmupMs` of wall time. */
export async function warmUp(fn: () => unknown, warmup = 3, warmupMs = STEADY_STATE_WARMUP_MS): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < warmup || performance.now() - start < warmupMs; i++) await fn();
}

/** Wall time of each of `runs` calls of `fn`. */
export async function wallTimes(fn: () => unknown, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** Median wall time of `fn` over `runs` runs, after a warm-up that reaches the steady state. */
export async function medianTime(fn: () => unknown, runs: number, warmup = 3): Promise<number> {
  await warmUp(fn, warmup);
  return median(await wallTimes(fn, runs));
}
