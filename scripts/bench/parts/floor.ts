import type { Figures } from "../budgets";
import { type LoadResult, load } from "../load";
import type { BenchServer } from "../server";

/** Where a load run's figures go: `${prefix}.cpuMs`, `.p50Ms`, `.p99Ms`, `.rps`. */
export function record(figures: Figures, prefix: string, result: LoadResult): void {
  figures[`${prefix}.cpuMs`] = result.cpuMsPerRequest;
  figures[`${prefix}.p50Ms`] = result.p50Ms;
  figures[`${prefix}.p99Ms`] = result.p99Ms;
  figures[`${prefix}.rps`] = result.requestsPerSecond;
}

/** Fails the bench on errors, and on any answer but the expected status class. */
export function expectClean(name: string, result: LoadResult, non2xxAllowed = false): LoadResult {
  if (result.errors > 0 || (!non2xxAllowed && result.non2xx > 0))
    throw new Error(`bench ${name}: ${result.errors} errors, ${result.non2xx} non-2xx`);
  return result;
}

/**
 * The framework's floor on this server: an API route that does nothing but answer (the
 * 405 of POST /api/health, through the app's route wrapper, headers and log line).
 */
export async function apiFloor(server: BenchServer, seconds: number): Promise<LoadResult> {
  const result = await load(`${server.url}/api/health`, {
    connections: 10,
    seconds,
    method: "POST",
    serverCpuMs: server.cpuMs,
  });
  return expectClean("floor", result, true);
}

export function ratio(value: number, base: number): number {
  return Math.round((value / base) * 100) / 100;
}
