import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { analyseImage, type ImageAnalysis } from "@/adapters/images/analyse-image";
import { createCatalog } from "@/domain/catalog/catalog";
import { type CatalogFile, catalogFileSchema, type StyleRecord } from "@/domain/catalog/schema";
import { stylePalette } from "@/domain/color/palette";
import type { ImageStore } from "./image-store";
import { type ImportProblem, ImportRejectedError } from "./import-problems";
import { type ImportRow, readImportMetadata } from "./read-import-metadata";

export const METADATA_FILE = "styles.yaml";

export interface ImportResult {
  catalog: CatalogFile;
  added: string[];
  updated: string[];
  unchanged: string[];
  /** originals sent to the image store this time (a re-import sends none) */
  uploaded: number;
}

interface MeasuredImage {
  hash: string;
  bytes: Buffer;
  extension: string;
  analysis: ImageAnalysis;
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/** Where an original lives in the image store: named by its content, so the same bytes are stored once. */
export const storedFileOf = (hash: string, extension: string) => `lib/${hash.slice(0, 24)}.${extension}`;

/**
 * Turns an import folder (styles.yaml + images) into catalog entries. Everything is
 * checked and measured first; when anything is wrong the import is refused as a whole
 * (ImportRejectedError, naming file, row and field) before a byte is stored. Styles are
 * matched on slug, so importing again updates them and importing the same folder twice
 * gives the same catalog and stores nothing twice.
 */
export async function importStyles(
  ctx: { images: ImageStore; now: number },
  input: { dir: string; current: CatalogFile },
): Promise<ImportResult> {
  const metadataPath = path.join(input.dir, METADATA_FILE);
  let text: string;
  try {
    text = await readFile(metadataPath, "utf8");
  } catch {
    throw new ImportRejectedError([{ file: METADATA_FILE, message: `no ${METADATA_FILE} in ${input.dir}` }]);
  }
  const { rows, problems } = readImportMetadata(METADATA_FILE, text);
  const measured = await measureImages(input.dir, rows, problems);
  findImagesOfOtherStyles(input.current, rows, measured, problems);
  if (problems.length > 0) throw new ImportRejectedError(problems);

  const existing = new Map(input.current.styles.map((s) => [s.slug, s]));
  const result: Omit<ImportResult, "catalog" | "uploaded"> = { added: [], updated: [], unchanged: [] };
  const imported = new Map<string, StyleRecord>();
  for (const row of rows) {
    const before = existing.get(row.style.slug);
    const record = toStyleRecord(row, measured, before, ctx.now);
    imported.set(record.slug, record);
    if (!before) result.added.push(record.slug);
    else if (JSON.stringify(before) === JSON.stringify(record)) result.unchanged.push(record.slug);
    else result.updated.push(record.slug);
  }
  const styles = [
    ...input.current.styles.map((s) => imported.get(s.slug) ?? s),
    ...[...imported.values()].filter((s) => !existing.has(s.slug)),
  ];
  let catalog: CatalogFile;
  try {
    catalog = finishCatalog(styles);
  } catch (error) {
    throw new ImportRejectedError([{ file: METADATA_FILE, message: (error as Error).message }]);
  }

  // the store is asked, not the catalog: a catalog made against another store (local files,
  // say) must not leave the images out
  let uploaded = 0;
  for (const image of measured.values()) {
    const file = storedFileOf(image.hash, image.extension);
    if (await ctx.images.has(file)) continue;
    await ctx.images.put(file, image.bytes);
    uploaded++;
  }
  return { catalog, ...result, uploaded };
}

/** Reads and measures every image the rows name; problems go to `problems`, keyed by row and field. */
async function measureImages(
  dir: string,
  rows: readonly ImportRow[],
  problems: ImportProblem[],
): Promise<Map<string, MeasuredImage>> {
  const measured = new Map<string, MeasuredImage>();
  const firstUse = new Map<string, string>();
  for (const row of rows) {
    for (const [j, image] of row.style.images.entries()) {
      const where = { file: METADATA_FILE, row: row.row, line: row.imageLines[j], field: `images.${j}.file` };
      if (measured.has(image.file)) {
        problems.push({ ...where, message: `${image.file} is used twice; each image belongs to one style` });
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readFile(path.join(dir, image.file));
      } catch {
        problems.push({ ...where, message: `${image.file} is not in the folder` });
        continue;
      }
      const hash = sha256(bytes);
      const twin = firstUse.get(hash);
      if (twin) {
        problems.push({ ...where, message: `${image.file} is the same picture as ${twin}` });
        continue;
      }
      firstUse.set(hash, image.file);
      try {
        const analysis = await analyseImage(bytes);
        const extension = image.file.toLowerCase().endsWith(".png")
          ? "png"
          : image.file.toLowerCase().endsWith(".webp")
            ? "webp"
            : "jpg";
        measured.set(image.file, { hash, bytes, extension, analysis });
      } catch (error) {
        problems.push({
          ...where,
          message: `${image.file} cannot be read as an image (${(error as Error).message})`,
        });
      }
    }
  }
  return measured;
}

/** An image may belong to one style only: one already in another style of the catalog is a problem. */
function findImagesOfOtherStyles(
  current: CatalogFile,
  rows: readonly ImportRow[],
  measured: ReadonlyMap<string, MeasuredImage>,
  problems: ImportProblem[],
): void {
  const owner = new Map<string, string>();
  for (const style of current.styles) for (const image of style.images) owner.set(image.file, style.slug);
  for (const row of rows) {
    for (const [j, image] of row.style.images.entries()) {
      const m = measured.get(image.file);
      const slug = m ? owner.get(storedFileOf(m.hash, m.extension)) : undefined;
      if (slug && slug !== row.style.slug) {
        problems.push({
          file: METADATA_FILE,
          row: row.row,
          line: row.imageLines[j],
          field: `images.${j}.file`,
          message: `${image.file} is already an image of the style ${slug}`,
        });
      }
    }
  }
}

function toStyleRecord(
  row: ImportRow,
  measured: ReadonlyMap<string, MeasuredImage>,
  before: StyleRecord | undefined,
  now: number,
): StyleRecord {
  const { style } = row;
  const images = style.images.map((image) => {
    const m = measured.get(image.file) as MeasuredImage;
    return {
      id: `img_${m.hash.slice(0, 16)}`,
      file: storedFileOf(m.hash, m.extension),
      width: m.analysis.width,
      height: m.analysis.height,
      color: m.analysis.color,
      placeholder: m.analysis.placeholder,
      alt: image.alt,
    };
  });
  return {
    id: before?.id ?? `sty_${sha256(`slug:${style.slug}`).slice(0, 12)}`,
    slug: style.slug,
    title: style.title,
    description: style.description,
    category: style.category,
    tags: style.tags,
    model: style.model,
    tier: style.tier,
    publishedAt: style.publishedAt ?? before?.publishedAt ?? new Date(now).toISOString(),
    recipe: style.recipe,
    palette: stylePalette(
      style.images.map((image) => (measured.get(image.file) as MeasuredImage).analysis.palette),
    ),
    images,
  };
}

/** The catalog file for `styles`, versioned by its content, checked as the app will check it on load. */
export function finishCatalog(styles: StyleRecord[]): CatalogFile {
  const version = `c-${sha256(JSON.stringify(styles)).slice(0, 12)}`;
  const catalog = catalogFileSchema.parse({ version, styles });
  createCatalog(catalog, (slug) => slug); // throws on duplicate ids or slugs
  return catalog;
}
