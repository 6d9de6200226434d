import { readFileSync } from "node:fs";

/** The machine's CPU time so far, in clock ticks: all of it, and what the hypervisor took for others. */
export interface CpuTicks {
  total: number;
  stolen: number;
}

/** Read from /proc/stat's first line (Linux); undefined where there is none. */
export function cpuTicks(): CpuTicks | undefined {
  try {
    const fields = readFileSync("/proc/stat", "utf8")
      .split("\n")[0]
      ?.trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // user nice system idle iowait irq softirq steal guest guest_nice: guest time is already in user
    const counted = fields?.slice(0, 8) ?? [];
    if (counted.length < 8 || counted.some(Number.isNaN)) return undefined;
    return { total: counted.reduce((sum, n) => sum + n, 0), stolen: counted[7] ?? 0 };
  } catch {
    return undefined;
  }
}

/**
 * The share of the CPU, in percent, that a virtual machine's host gave to others between two
 * readings: on a shared host the same work takes longer the more is stolen, so figures measured
 * at different times compare only beside it.
 */
export function stolenPercent(before: CpuTicks | undefined, after: CpuTicks | undefined): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return Math.round((1000 * (after.stolen - before.stolen)) / (after.total - before.total)) / 10;
}
