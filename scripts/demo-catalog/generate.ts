/**
 * Builds the demo catalog: renders every demo image, measures its colour and preview,
 * and writes content/catalog.json. Deterministic: running it twice gives the same bytes.
 *
 *   npx tsx scripts/demo-catalog/generate.ts [--dir content/images] [--out content/catalog.json]
 */
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { writeAtomic } from "../../src/adapters/files/write-atomic";
import { inParallel } from "../../src/services/catalog/in-parallel";
import { serializeCatalog, toCatalog } from "./catalog";
import { cliOption } from "./cli";
import { analyse, encodeJpeg, rasterise } from "./render";
import { buildDemoSpec } from "./spec";
import type { ImageAnalysis } from "./types";

/** drops demo images an earlier version of the catalog rendered but this one no longer lists */
async function pruneStale(imagesDir: string, keep: ReadonlySet<string>): Promise<number> {
  const names = await readdir(path.join(imagesDir, "demo")).catch(() => []);
  const stale = names.filter((name) => name.endsWith(".jpg") && !keep.has(`demo/${name}`));
  await Promise.all(stale.map((name) => rm(path.join(imagesDir, "demo", name), { force: true })));
  return stale.length;
}

async function main(): Promise<void> {
  const started = performance.now();
  const imagesDir = path.resolve(cliOption("--dir") ?? "content/images");
  const out = path.resolve(cliOption("--out") ?? "content/catalog.json");
  const { version, styles } = buildDemoSpec();
  const jobs = styles.flatMap(({ look, images }) => images.map((image) => ({ look, image })));
  const analyses = new Map<string, ImageAnalysis>();
  await inParallel(jobs, 2, async ({ look, image }) => {
    const raster = await rasterise(image, look);
    await writeAtomic(path.join(imagesDir, image.file), await encodeJpeg(raster));
    analyses.set(image.id, await analyse(raster));
  });
  const catalog = toCatalog(version, styles, analyses);
  await writeFile(out, serializeCatalog(catalog));
  const pruned = await pruneStale(imagesDir, new Set(jobs.map(({ image }) => image.file)));
  const free = catalog.styles.filter((s) => s.tier === "free").length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `demo catalog: ${catalog.styles.length} styles (${free} free), ${jobs.length} images${pruned ? ` (${pruned} stale removed)` : ""} -> ${path.relative(process.cwd(), out)}, ${seconds} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
