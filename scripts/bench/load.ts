import autocannon from "autocannon";

export interface LoadResult {
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** server CPU time per request, ms, when the run was given the server's CPU clock */
  cpuMsPerRequest: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  method?: "GET" | "PUT" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** paths asked in turn across all connections (one list for the whole run), instead of `url`'s path */
  paths?: readonly string[];
  /** the server's CPU time so far, ms: read before and after the measured run */
  serverCpuMs?: () => number;
}

/** Drives `url` with autocannon for `seconds` after a short warm-up; what a run measured. */
export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const { paths } = options;
  const run = (duration: number) =>
    autocannon({
      url,
      connections: options.connections,
      duration,
      method: options.method ?? "GET",
      headers: options.headers,
      body: options.body,
      ...(paths
        ? {
            requests: [
              { setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }) },
            ],
          }
        : {}),
    });
  await run(2);
  const cpuBefore = options.serverCpuMs?.() ?? 0;
  const result = await run(options.seconds);
  const cpuAfter = options.serverCpuMs?.() ?? 0;
  const requests = result.requests.total;
  return {
    connections: options.connections,
    requests,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuMsPerRequest:
      options.serverCpuMs && requests > 0 ? round3((cpuAfter - cpuBefore) / requests) : Number.NaN,
  };
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
