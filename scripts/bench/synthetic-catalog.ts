/**
 * A large catalog for benchmarks, made from the demo catalog's styles: each copy gets its
 * own ids, slug, title number and date, and keeps the demo's images (so every image still
 * resolves locally). Deterministic; written outside git (tmp/bench/).
 *
 *   npx tsx scripts/bench/synthetic-catalog.ts [--images 100000] [--out tmp/bench/catalog-100k.json]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeAtomic } from "../../src/adapters/files/write-atomic";
import { type CatalogFile, catalogFileSchema, type StyleRecord } from "../../src/domain/catalog/schema";

export function syntheticCatalog(source: CatalogFile, targetImages: number): CatalogFile {
  const styles: StyleRecord[] = [];
  const start = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  let images = 0;
  for (let i = 0; images < targetImages; i++) {
    const template = source.styles[i % source.styles.length] as StyleRecord;
    const copy = Math.floor(i / source.styles.length) + 1;
    const key = i.toString(36).padStart(6, "0");
    styles.push({
      ...template,
      id: `sty_b${key}`,
      slug: `${template.slug}-${copy}`,
      title: `${template.title} ${copy}`.slice(0, 80),
      // spread over the years, in a fixed shuffled order
      publishedAt: new Date(start + ((i * 7919) % 100_000) * (span / 100_000)).toISOString(),
      images: template.images.map((image, j) => ({
        ...image,
        id: `img_b${key}${j.toString(36).padStart(2, "0")}`,
      })),
    });
    images += template.images.length;
  }
  return catalogFileSchema.parse({ version: `synthetic-${targetImages}`, styles });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { images: { type: "string", default: "100000" }, out: { type: "string" } },
  });
  const target = Number(values.images);
  const out = path.resolve(values.out ?? `tmp/bench/catalog-${Math.round(target / 1000)}k.json`);
  const source = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
  const catalog = syntheticCatalog(source, target);
  await writeAtomic(out, JSON.stringify(catalog));
  const count = catalog.styles.reduce((n, s) => n + s.images.length, 0);
  console.log(`${catalog.styles.length} styles, ${count} images -> ${path.relative(process.cwd(), out)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/bench/synthetic-catalog.ts")) {
  await main();
}
