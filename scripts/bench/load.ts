import autocannon from "autocannon";

export interface LoadResult {
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** Drives `url` with autocannon for `seconds` after a short warm-up; what a run measured. */
export async function load(
  url: string,
  options: {
    connections: number;
    seconds: number;
    method?: "GET" | "PUT";
    headers?: Record<string, string>;
    body?: string;
    /** paths asked in turn across all connections (one list for the whole run), instead of `url`'s path */
    paths?: readonly string[];
  },
): Promise<LoadResult> {
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
  const result = await run(options.seconds);
  return {
    connections: options.connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
