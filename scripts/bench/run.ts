/**
 * Benchmarks (docs/benchmarks.md): prints a table, writes bench/results.json, and with
 * --check exits non-zero when a figure misses its budget in bench/budgets.json.
 * Not part of `npm test`; needs a build (`npm run build`) and takes several minutes.
 *
 *   npm run bench [-- --check] [-- --seconds 10] [-- --only api,likes,pages,browser]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeAtomic } from "../../src/adapters/files/write-atomic";
import { checkBudgets, type Figures } from "./budgets";
import { apiFigures } from "./parts/api";
import { likesFigures } from "./parts/likes";
import { browserFigures, pageCpuFigures } from "./parts/pages";

const PARTS: Record<string, (seconds: number) => Promise<Figures>> = {
  api: apiFigures,
  likes: likesFigures,
  pages: pageCpuFigures,
  browser: browserFigures,
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      seconds: { type: "string", default: "10" },
      // e.g. --only api,likes: run some parts (with --check, the others' budgets show as not measured)
      only: { type: "string", default: Object.keys(PARTS).join(",") },
    },
  });
  if (!existsSync(".next/BUILD_ID")) {
    console.error("bench: build the app first (npm run build)");
    return 2;
  }
  const seconds = Number(values.seconds);
  const figures: Figures = {};
  for (const name of values.only.split(",")) {
    const part = PARTS[name];
    if (!part) {
      console.error(`bench: no part "${name}"; parts: ${Object.keys(PARTS).join(", ")}`);
      return 2;
    }
    Object.assign(figures, await part(seconds));
  }
  const results = { measuredAt: new Date().toISOString(), node: process.version, seconds, figures };
  await writeAtomic(path.resolve("bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.table(Object.entries(figures).map(([figure, value]) => ({ figure, value })));
  if (!values.check) return 0;
  const misses = checkBudgets(figures, JSON.parse(readFileSync("bench/budgets.json", "utf8")));
  for (const miss of misses) console.error(`budget missed: ${miss}`);
  return misses.length === 0 ? 0 : 1;
}

process.exitCode = await main();
