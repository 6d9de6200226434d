/**
 * The import's per-image cost: a folder of 2048 px PNGs with photo-like detail (smooth
 * light plus grain, so PNG cannot squeeze them to nothing) imported as a dry run, the
 * figure the import itself prints.
 *
 *   npx tsx scripts/bench/import-images.ts [--images 16]
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { importStyles } from "../../src/services/catalog/import-styles";

const EDGE = 2048;

/** One picture: a gradient lit differently per `seed`, with grain. */
async function photoLike(seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(EDGE * EDGE * 3);
  let state = (seed + 1) * 2654435761;
  for (let y = 0; y < EDGE; y++) {
    for (let x = 0; x < EDGE; x++) {
      state = (state * 1103515245 + 12345) >>> 0;
      const grain = (state >>> 24) % 24;
      const i = (y * EDGE + x) * 3;
      raw[i] = ((x * 255) / EDGE + seed * 37 + grain) & 255;
      raw[i + 1] = ((y * 200) / EDGE + grain) & 255;
      raw[i + 2] = (((x + y) * 120) / EDGE + grain * 2) & 255;
    }
  }
  return sharp(raw, { raw: { width: EDGE, height: EDGE, channels: 3 } })
    .png()
    .toBuffer();
}

/** Imports `count` 2048 px PNGs (one style per 8) with nothing stored; returns seconds per image. */
export async function benchImportImages(
  count: number,
  workers?: number,
): Promise<{ images: number; secondsPerImage: number; workers: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), "mjpro-bench-import-"));
  const rows: string[] = [];
  for (let s = 0; s * 8 < count; s++) {
    const images: string[] = [];
    for (let i = s * 8; i < Math.min(count, s * 8 + 8); i++) {
      writeFileSync(path.join(dir, `${i}.png`), await photoLike(i));
      images.push(`      - file: ${i}.png\n        alt: Bench picture ${i}`);
    }
    rows.push(
      `  - title: Bench style ${s}\n    category: minimal\n    model: v7\n    tier: free\n    recipe: { kind: sref, codes: [${100 + s}] }\n    images:\n${images.join("\n")}`,
    );
  }
  writeFileSync(path.join(dir, "styles.yaml"), `styles:\n${rows.join("\n")}\n`);
  const result = await importStyles(
    { images: { kind: "local", has: async () => true, put: async () => undefined }, now: 0, workers },
    { dir, current: { version: "empty", styles: [] } },
  );
  const { images, ms } = result.analysed;
  return { images, secondsPerImage: ms / 1000 / images, workers: result.analysed.workers };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const at = process.argv.indexOf("--images");
  const count = at > 0 ? Number(process.argv[at + 1]) : 16;
  const { images, secondsPerImage, workers } = await benchImportImages(count);
  console.log(
    `import: ${images} PNGs of ${EDGE} px, ${workers} at a time: ${secondsPerImage.toFixed(3)} s per image`,
  );
}
