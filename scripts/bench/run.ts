/**
 * Benchmarks (README "Benchmarks"): prints a table, writes bench/results.json, and with
 * --check exits non-zero when a figure misses its budget in bench/budgets.json.
 * Not part of `npm test`; needs a build (`npm run build`) and takes a few minutes.
 *
 *   npm run bench [-- --check] [-- --seconds 10]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeAtomic } from "../../src/adapters/files/write-atomic";
import { latestMailTo } from "../../src/adapters/mail/outbox";
import { catalogFileSchema } from "../../src/domain/catalog/schema";
import { likesBaseline, staticBaseline } from "./baselines";
import { checkBudgets, type Figures } from "./budgets";
import { averageThumbnailKb, pageJsKb } from "./bytes";
import { lighthousePages } from "./lighthouse";
import { load } from "./load";
import { benchQueries } from "./queries";
import { startServer } from "./server";
import { syntheticCatalog } from "./synthetic-catalog";

const CATALOG_100K = "tmp/bench/catalog-100k.json";

async function apiFigures(seconds: number): Promise<Figures> {
  if (!existsSync(CATALOG_100K)) {
    const source = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
    await writeAtomic(CATALOG_100K, JSON.stringify(syntheticCatalog(source, 100_000)));
  }
  const server = await startServer(3410, { CATALOG_PATH: CATALOG_100K, DATA_DIR: "tmp/bench/data" });
  const figures: Figures = {};
  const source = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
  const queries = benchQueries(source, 5_000);
  figures["api.searchMany.queries"] = queries.length;
  try {
    for (const [name, query, paths] of [
      // one search asked over and over: after the first, its ranking comes from the cache
      ["search", "?q=neon%20night", undefined],
      // distinct searches in turn: mostly rankings the server has not made before
      ["searchMany", "", queries.map((q) => `/api/styles?q=${encodeURIComponent(q)}`)],
      ["browse", "", undefined],
    ] as const) {
      for (const connections of [10, 50]) {
        const result = await load(`${server.url}/api/styles${query}`, { connections, seconds, paths });
        if (result.errors > 0 || result.non2xx > 0)
          throw new Error(`api ${name}: ${result.errors} errors, ${result.non2xx} non-2xx`);
        figures[`api.${name}.c${connections}.p50Ms`] = result.p50Ms;
        figures[`api.${name}.c${connections}.p99Ms`] = result.p99Ms;
        figures[`api.${name}.c${connections}.rps`] = result.requestsPerSecond;
      }
    }
    figures["api.rssMb"] = Math.round(server.rssMb());
  } finally {
    await server.stop();
  }
  return figures;
}

/** A signed-in account on `server`, through the API as a person would, reading the code from the outbox. */
async function signIn(url: string, outbox: string): Promise<string> {
  const email = `bench-${Date.now()}@example.com`;
  const post = (pathname: string, body: unknown) =>
    fetch(`${url}${pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  await post("/api/auth/code", { email, ageConfirmed: true });
  const mail = await latestMailTo(outbox, email);
  const code = mail?.text.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error("bench: no sign-in code in the outbox");
  const verified = await post("/api/auth/verify", { email, code, ageConfirmed: true });
  return ((await verified.json()) as { token: string }).token;
}

/** Likes per second through the app against Redis, as a ratio to a bare handler doing the same Redis work. */
async function likesFigures(seconds: number): Promise<Figures> {
  const redisUrl = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
  const dataDir = "tmp/bench/likes-data";
  const server = await startServer(3412, {
    REDIS_URL: redisUrl,
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0000",
    DATA_DIR: dataDir,
    SIGN_IN_CODES_IN_LOG: "no",
  });
  const figures: Figures = {};
  try {
    const token = await signIn(server.url, path.join(dataDir, "outbox"));
    const me = (await (
      await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { id: string };
    const imageId = (await (await fetch(`${server.url}/api/styles?limit=1`)).json()).items[0].images[0]
      .id as string;
    const app = await load(`${server.url}/api/likes/${imageId}`, {
      connections: 10,
      seconds,
      method: "PUT",
      headers: { authorization: `Bearer ${token}` },
    });
    if (app.errors > 0 || app.non2xx > 0)
      throw new Error(`likes: ${app.errors} errors, ${app.non2xx} non-2xx`);
    const bare = await likesBaseline(redisUrl, me.id, "");
    try {
      const baseline = await load(`${bare.url}/api/likes/${imageId}`, {
        connections: 10,
        seconds,
        method: "PUT",
      });
      figures["likes.app.rps"] = app.requestsPerSecond;
      figures["likes.bare.rps"] = baseline.requestsPerSecond;
      figures["likes.app.p99Ms"] = app.p99Ms;
      figures["likes.ratio"] = Math.round((app.requestsPerSecond / baseline.requestsPerSecond) * 1000) / 1000;
    } finally {
      await bare.stop();
    }
  } finally {
    await server.stop();
  }
  return figures;
}

/** Home page HTML per second, as a ratio to a static server sending the same bytes. */
async function htmlFigures(seconds: number): Promise<Figures> {
  const server = await startServer(3413, { DATA_DIR: "tmp/bench/html-data" });
  const figures: Figures = {};
  try {
    const home = await fetch(`${server.url}/`);
    const html = await home.text();
    const app = await load(`${server.url}/`, { connections: 10, seconds });
    const still = await staticBaseline(html, home.headers.get("content-type") ?? "text/html");
    try {
      const baseline = await load(still.url, { connections: 10, seconds });
      figures["html.app.rps"] = app.requestsPerSecond;
      figures["html.static.rps"] = baseline.requestsPerSecond;
      figures["html.app.p99Ms"] = app.p99Ms;
      figures["html.ratio"] = Math.round((app.requestsPerSecond / baseline.requestsPerSecond) * 1000) / 1000;
      figures["html.bytes"] = Buffer.byteLength(html);
    } finally {
      await still.stop();
    }
  } finally {
    await server.stop();
  }
  return figures;
}

/** Lighthouse (mobile) on home, a style page and the Liked page; JS bytes per page; thumbnail bytes. */
async function pageFigures(): Promise<Figures> {
  const server = await startServer(3414, { DATA_DIR: "tmp/bench/pages-data" });
  const figures: Figures = {};
  try {
    const style = (await (await fetch(`${server.url}/api/styles?limit=1`)).json()).items[0].slug as string;
    const pages = { home: "/", style: `/styles/${style}`, liked: "/liked" };
    for (const [name, pathname] of Object.entries(pages))
      figures[`bytes.js.${name}KbGz`] = await pageJsKb(server.url, pathname);
    figures["bytes.thumbnailKb"] = await averageThumbnailKb(server.url, "/");
    const scores = await lighthousePages(
      Object.fromEntries(Object.entries(pages).map(([name, pathname]) => [name, `${server.url}${pathname}`])),
    );
    for (const [name, score] of Object.entries(scores)) {
      figures[`lighthouse.${name}.performance`] = score.performance;
      figures[`lighthouse.${name}.lcpMs`] = score.lcpMs;
      figures[`lighthouse.${name}.cls`] = score.cls;
      figures[`lighthouse.${name}.tbtMs`] = score.tbtMs;
    }
  } finally {
    await server.stop();
  }
  return figures;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      seconds: { type: "string", default: "10" },
      // e.g. --only api,likes: run some parts (with --check, the others' budgets show as not measured)
      only: { type: "string", default: "api,likes,html,pages" },
    },
  });
  if (!existsSync(".next/BUILD_ID")) {
    console.error("bench: build the app first (npm run build)");
    return 2;
  }
  const seconds = Number(values.seconds);
  const parts = new Set(values.only.split(","));
  const figures: Figures = {
    ...(parts.has("api") ? await apiFigures(seconds) : {}),
    ...(parts.has("likes") ? await likesFigures(seconds) : {}),
    ...(parts.has("html") ? await htmlFigures(seconds) : {}),
    ...(parts.has("pages") ? await pageFigures() : {}),
  };
  const results = { measuredAt: new Date().toISOString(), node: process.version, seconds, figures };
  await writeAtomic(path.resolve("bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.table(Object.entries(figures).map(([figure, value]) => ({ figure, value })));
  if (!values.check) return 0;
  const misses = checkBudgets(figures, JSON.parse(readFileSync("bench/budgets.json", "utf8")));
  for (const miss of misses) console.error(`budget missed: ${miss}`);
  return misses.length === 0 ? 0 : 1;
}

process.exitCode = await main();
