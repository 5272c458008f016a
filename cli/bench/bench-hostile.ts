import { median } from './median-time';
import { HOSTILE_WORKLOADS } from './hostile-workloads';

export interface HostileBenchRow {
  name: string;
  cpuMs: number;
  budgetMs: number;
}

/** CPU time of this thread for `fn`: unlike wall time, not inflated by other work on the machine. */
function threadCpuMs(fn: () => unknown): number {
  const before = process.threadCpuUsage();
  fn();
  const used = process.threadCpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Median CPU time of each hostile workload over `runs` runs, beside its budget. */
export function benchHostile(runs = 3): HostileBenchRow[] {
  return HOSTILE_WORKLOADS.map(({ name, budgetMs, prepare }) => {
    const work = prepare();
    work();
    return { name, budgetMs, cpuMs: median(Array.from({ length: runs }, () => threadCpuMs(work))) };
  });
}
