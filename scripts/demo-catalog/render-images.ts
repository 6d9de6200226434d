/**
 * Renders the demo images listed in the catalog that are missing on disk (they are not committed).
 * Runs before the app starts, so the common case (all present) must cost next to nothing.
 *
 *   npx tsx scripts/demo-catalog/render-images.ts [--dir content/images] [--catalog content/catalog.json]
 */
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { writeAtomic } from "../../src/adapters/files/write-atomic";
import { catalogFileSchema } from "../../src/domain/catalog/schema";
import { inParallel } from "../../src/services/catalog/in-parallel";
import { cliOption } from "./cli";
import { encodeJpeg, rasterise } from "./render";
import { buildDemoSpec } from "./spec";
import type { ImageSpec, Look } from "./types";

export interface RenderResult {
  total: number;
  present: number;
  rendered: number;
  /** missing files the demo spec cannot produce (not demo images, or a stale catalog) */
  skipped: string[];
  seconds: number;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

export async function renderMissingDemoImages(options: {
  catalogPath: string;
  imagesDir: string;
  concurrency?: number;
}): Promise<RenderResult> {
  const started = performance.now();
  const catalog = catalogFileSchema.parse(JSON.parse(await readFile(options.catalogPath, "utf8")));
  const images = catalog.styles.flatMap((style) => style.images);
  const present = await Promise.all(images.map((image) => exists(path.join(options.imagesDir, image.file))));
  // every style's cover first: the grids show covers, so they fill in before the style pages
  const position = new Map(
    catalog.styles.flatMap((style) => style.images.map((image, i) => [image.file, i] as const)),
  );
  const missing = images
    .filter((_, i) => !present[i])
    .sort((a, b) => (position.get(a.file) ?? 0) - (position.get(b.file) ?? 0));
  const skipped: string[] = [];
  const jobs: { image: ImageSpec; look: Look }[] = [];
  if (missing.length > 0) {
    const known = new Map<string, { image: ImageSpec; look: Look }>();
    for (const { look, images: specs } of buildDemoSpec().styles) {
      for (const image of specs) known.set(image.file, { image, look });
    }
    for (const image of missing) {
      const job = known.get(image.file);
      if (job && job.image.width === image.width && job.image.height === image.height) jobs.push(job);
      else skipped.push(image.file);
    }
  }
  await inParallel(jobs, options.concurrency ?? 2, async ({ image, look }) => {
    const raster = await rasterise(image, look);
    await writeAtomic(path.join(options.imagesDir, image.file), await encodeJpeg(raster));
  });
  return {
    total: images.length,
    present: images.length - missing.length,
    rendered: jobs.length,
    skipped,
    seconds: (performance.now() - started) / 1000,
  };
}

async function main(): Promise<void> {
  const result = await renderMissingDemoImages({
    catalogPath: path.resolve(cliOption("--catalog") ?? "content/catalog.json"),
    imagesDir: path.resolve(cliOption("--dir") ?? "content/images"),
  });
  console.log(
    `demo images: rendered ${result.rendered} of ${result.total}, ${result.present} present, ${result.seconds.toFixed(1)} s`,
  );
  if (result.skipped.length > 0) {
    console.warn(
      `demo images: ${result.skipped.length} missing file(s) are not demo images this script can draw (first: ${result.skipped[0]}); if content/catalog.json is stale, run npm run demo:catalog`,
    );
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
