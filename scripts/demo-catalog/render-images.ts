/**
 * Renders the demo images listed in the catalog that are missing on disk (they are not committed).
 * Runs before the app starts, so the common case (all present) must cost next to nothing.
 *
 *   npx tsx scripts/demo-catalog/render-images.ts [--dir content/images] [--catalog content/catalog.json]
 */
import { access, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { writeAtomic } from "../../src/adapters/files/write-atomic";
import { createCatalog } from "../../src/domain/catalog/catalog";
import { type CatalogFile, catalogFileSchema } from "../../src/domain/catalog/schema";
import { searchStyles } from "../../src/domain/catalog/search";
import { inParallel } from "../../src/services/catalog/in-parallel";
import { DEFAULT_PAGE_SIZE } from "../../src/services/styles/inputs";
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

/**
 * Every image file in the order a first visit needs them: the covers in the browse order
 * (the home page shows its first DEFAULT_PAGE_SIZE), then each style's second image in that
 * order, and so on.
 */
export function renderOrder(file: CatalogFile): { files: string[]; homeFiles: Set<string> } {
  const browse = searchStyles(
    createCatalog(file, (slug) => slug),
    {},
  ).map((ranked) => ranked.entry.style);
  const deepest = Math.max(0, ...browse.map((style) => style.images.length));
  const files: string[] = [];
  for (let i = 0; i < deepest; i++) {
    for (const style of browse) {
      const image = style.images[i];
      if (image) files.push(image.file);
    }
  }
  const homeFiles = new Set(
    browse.slice(0, DEFAULT_PAGE_SIZE).flatMap((style) => (style.images[0] ? [style.images[0].file] : [])),
  );
  return { files, homeFiles };
}

export async function renderMissingDemoImages(options: {
  catalogPath: string;
  imagesDir: string;
  /** only the images the home page shows (a first start renders them beside the build) */
  homeOnly?: boolean;
  /** images rendered at once; default: the cores available */
  concurrency?: number;
  onStart?: (missing: number, concurrency: number) => void;
  onProgress?: (done: number, total: number) => void;
}): Promise<RenderResult> {
  const started = performance.now();
  const catalog = catalogFileSchema.parse(JSON.parse(await readFile(options.catalogPath, "utf8")));
  const order = renderOrder(catalog);
  const files = options.homeOnly ? order.files.filter((file) => order.homeFiles.has(file)) : order.files;
  const sizes = new Map(
    catalog.styles.flatMap((style) => style.images.map((image) => [image.file, image] as const)),
  );
  const present = await Promise.all(files.map((file) => exists(path.join(options.imagesDir, file))));
  const missing = files.filter((_, i) => !present[i]);
  const skipped: string[] = [];
  const jobs: { image: ImageSpec; look: Look }[] = [];
  if (missing.length > 0) {
    const known = new Map<string, { image: ImageSpec; look: Look }>();
    for (const { look, images: specs } of buildDemoSpec().styles) {
      for (const image of specs) known.set(image.file, { image, look });
    }
    for (const file of missing) {
      const job = known.get(file);
      const size = sizes.get(file);
      if (job && job.image.width === size?.width && job.image.height === size.height) jobs.push(job);
      else skipped.push(file);
    }
  }
  const concurrency = options.concurrency ?? availableParallelism();
  let done = 0;
  if (jobs.length > 0) options.onStart?.(jobs.length, concurrency);
  await inParallel(jobs, concurrency, async ({ image, look }) => {
    const raster = await rasterise(image, look);
    await writeAtomic(path.join(options.imagesDir, image.file), await encodeJpeg(raster));
    done += 1;
    options.onProgress?.(done, jobs.length);
  });
  return {
    total: files.length,
    present: files.length - missing.length,
    rendered: jobs.length,
    skipped,
    seconds: (performance.now() - started) / 1000,
  };
}

async function main(): Promise<void> {
  const homeOnly = process.argv.includes("--home-only");
  let lastLine = performance.now();
  const result = await renderMissingDemoImages({
    catalogPath: path.resolve(cliOption("--catalog") ?? "content/catalog.json"),
    imagesDir: path.resolve(cliOption("--dir") ?? "content/images"),
    homeOnly,
    onStart: (missing, concurrency) =>
      console.log(
        homeOnly
          ? `images: rendering the ${missing} the home page shows first…`
          : `images: rendering ${missing} demo images, ${concurrency} at a time…`,
      ),
    onProgress: (done, total) => {
      if (done < total && performance.now() - lastLine > 15_000) {
        lastLine = performance.now();
        console.log(`images: ${done} of ${total} rendered`);
      }
    },
  });
  const took = `${result.seconds.toFixed(1)} s`;
  console.log(
    homeOnly
      ? `images: the home page's ${result.total} are ready (${result.rendered} rendered in ${took})`
      : `images: rendered ${result.rendered} of ${result.total} (${result.present} were there) in ${took}`,
  );
  if (result.skipped.length > 0) {
    console.warn(
      `images: ${result.skipped.length} missing file(s) are not demo images this script can draw (first: ${result.skipped[0]}); if content/catalog.json is stale, run npm run demo:catalog`,
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
