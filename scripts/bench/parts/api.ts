import { existsSync, readFileSync } from "node:fs";
import { writeAtomic } from "../../../src/adapters/files/write-atomic";
import { catalogFileSchema } from "../../../src/domain/catalog/schema";
import type { Figures } from "../budgets";
import { load } from "../load";
import { benchQueries } from "../queries";
import { startServer } from "../server";
import { syntheticCatalog } from "../synthetic-catalog";
import { apiFloor, expectClean, ratio, record } from "./floor";

const CATALOG_100K = "tmp/bench/catalog-100k.json";

/**
 * GET /api/styles over 100k images at 10 connections, each as CPU per request next to the
 * framework's floor on the same server: browse, one search repeated (ranked once, then
 * cached), distinct searches (what people type); p99 at 50 connections; RSS after it all.
 */
export async function apiFigures(seconds: number): Promise<Figures> {
  const source = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
  if (!existsSync(CATALOG_100K))
    await writeAtomic(CATALOG_100K, JSON.stringify(syntheticCatalog(source, 100_000)));
  const server = await startServer(3410, { CATALOG_PATH: CATALOG_100K, DATA_DIR: "tmp/bench/data" });
  const figures: Figures = {};
  const queries = benchQueries(source, 5_000);
  figures["api.searchMany.queries"] = queries.length;
  try {
    const floor = await apiFloor(server, seconds);
    record(figures, "api.floor", floor);
    for (const [name, query, paths] of [
      ["browse", "", undefined],
      ["search", "?q=neon%20night", undefined],
      ["searchMany", "", queries.map((q) => `/api/styles?q=${encodeURIComponent(q)}`)],
    ] as const) {
      const url = `${server.url}/api/styles${query}`;
      const c10 = expectClean(
        name,
        await load(url, { connections: 10, seconds, paths, serverCpuMs: server.cpuMs }),
      );
      record(figures, `api.${name}.c10`, c10);
      figures[`api.${name}.cpuRatio`] = ratio(c10.cpuMsPerRequest, floor.cpuMsPerRequest);
      figures[`api.${name}.p99OverP50`] = ratio(c10.p99Ms, Math.max(c10.p50Ms, 1));
      const c50 = expectClean(name, await load(url, { connections: 50, seconds, paths }));
      figures[`api.${name}.c50.p99Ms`] = c50.p99Ms;
      figures[`api.${name}.c50.rps`] = c50.requestsPerSecond;
    }
    figures["api.rssMb"] = Math.round(server.rssMb());
  } finally {
    await server.stop();
  }
  return figures;
}
