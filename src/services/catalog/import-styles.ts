import { readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { ImageStore } from "@/adapters/images/port";
import { createCatalog } from "@/domain/catalog/catalog";
import { imageRatioProblem } from "@/domain/catalog/recipe-rules";
import { type CatalogFile, catalogFileSchema, type StyleRecord } from "@/domain/catalog/schema";
import { type Match, matchStyle } from "@/domain/catalog/style-identity";
import { stylePalette } from "@/domain/color/palette";
import { type ImportProblem, ImportRejectedError } from "./import-problems";
import { type ImageJob, type MeasuredImage, measureImages, sha256 } from "./measure-images";
import { type ImportRow, readImportMetadata } from "./read-import-metadata";

export const METADATA_FILE = "styles.yaml";

export interface ImportResult {
  catalog: CatalogFile;
  added: string[];
  updated: string[];
  unchanged: string[];
  /** styles found by their code under a new slug: a rename, which keeps the id */
  renamed: { from: string; to: string }[];
  /** originals sent to the image store this time (a re-import sends none) */
  uploaded: number;
  /** images read and analysed, and the wall-clock time it took */
  analysed: { images: number; ms: number; workers: number };
}

export interface ImportContext {
  images: ImageStore;
  now: number;
  /** images analysed at once; defaults to the cores available */
  workers?: number;
  /** called as each image is analysed */
  onProgress?: (done: number, total: number) => void;
}

/** Where an original lives in the image store: named by its content, so the same bytes are stored once. */
export const storedFileOf = (hash: string, extension: string) => `lib/${hash.slice(0, 24)}.${extension}`;

/**
 * Turns an import folder (styles.yaml + images) into catalog entries. The YAML rows and
 * the files' presence are checked first, so a typo comes back before any image is read;
 * then the images are read and analysed, as many at once as there are cores. When
 * anything is wrong the import is refused as a whole (ImportRejectedError) before a byte
 * is stored. A row updates the style with its slug, or else the one style with its code
 * (a rename keeps the id and date); importing the same folder twice gives the same
 * catalog and stores nothing twice.
 */
export async function importStyles(
  ctx: ImportContext,
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
  const jobs = await locateImages(input.dir, rows, problems);
  const matches = matchRows(input.current.styles, rows, problems);
  if (problems.length > 0) throw new ImportRejectedError(problems);

  const started = performance.now();
  const workers = ctx.workers ?? availableParallelism();
  const measured = await measureImages(input.dir, jobs, problems, workers, ctx.onProgress);
  const analysed = { images: jobs.length, ms: performance.now() - started, workers };
  findImagesOfOtherStyles(input.current, rows, matches, measured, problems);
  findImagesOffTheirRatio(rows, measured, problems);
  if (problems.length > 0) throw new ImportRejectedError(problems);

  const result: Omit<ImportResult, "catalog" | "uploaded" | "analysed"> = {
    added: [],
    updated: [],
    unchanged: [],
    renamed: [],
  };
  const imported = new Map<string, StyleRecord>();
  rows.forEach((row, i) => {
    const before = matches[i]?.style;
    const record = toStyleRecord(row, measured, before, ctx.now);
    imported.set(before?.id ?? record.id, record);
    if (before && before.slug !== record.slug) result.renamed.push({ from: before.slug, to: record.slug });
    if (!before) result.added.push(record.slug);
    else if (JSON.stringify(before) === JSON.stringify(record)) result.unchanged.push(record.slug);
    else result.updated.push(record.slug);
  });
  const existingIds = new Set(input.current.styles.map((s) => s.id));
  const styles = [
    ...input.current.styles.map((s) => imported.get(s.id) ?? s),
    ...[...imported.entries()].filter(([id]) => !existingIds.has(id)).map(([, s]) => s),
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
  return { catalog, ...result, uploaded, analysed };
}

/** Every image the rows name, checked to exist and to be named once, without reading it. */
async function locateImages(
  dir: string,
  rows: readonly ImportRow[],
  problems: ImportProblem[],
): Promise<ImageJob[]> {
  const jobs: ImageJob[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const [index, image] of row.style.images.entries()) {
      const where: ImportProblem = {
        file: METADATA_FILE,
        row: row.row,
        title: row.style.title,
        line: row.imageLines[index],
        field: `images.${index}.file`,
        message: "",
      };
      const file = path.normalize(image.file);
      if (seen.has(file)) {
        problems.push({ ...where, message: `${image.file} is used twice; each image belongs to one style` });
        continue;
      }
      seen.add(file);
      const found = await stat(path.join(dir, file)).catch(() => undefined);
      if (!found?.isFile()) {
        problems.push({ ...where, message: `${image.file} is not in the folder` });
        continue;
      }
      jobs.push({ row, index, file: image.file, where });
    }
  }
  return jobs;
}

/** The catalog style each row updates; two rows may not update the same one. */
function matchRows(
  catalog: readonly StyleRecord[],
  rows: readonly ImportRow[],
  problems: ImportProblem[],
): Match[] {
  const claimedBy = new Map<string, ImportRow>();
  return rows.map((row) => {
    const match = matchStyle(catalog, row.style);
    if (!match) return undefined;
    const other = claimedBy.get(match.style.id);
    if (other) {
      problems.push({
        file: METADATA_FILE,
        row: row.row,
        title: row.style.title,
        line: row.line,
        field: match.by === "code" ? "recipe" : "slug",
        message: `row ${other.row} already updates the style ${match.style.slug}; give this row variant: true or another slug`,
      });
      return undefined;
    }
    claimedBy.set(match.style.id, row);
    return match;
  });
}

/** An image may belong to one style only: one already in another style of the catalog is a problem. */
function findImagesOfOtherStyles(
  current: CatalogFile,
  rows: readonly ImportRow[],
  matches: readonly Match[],
  measured: ReadonlyMap<string, MeasuredImage>,
  problems: ImportProblem[],
): void {
  const owner = new Map<string, StyleRecord>();
  for (const style of current.styles) for (const image of style.images) owner.set(image.file, style);
  rows.forEach((row, i) => {
    for (const [j, image] of row.style.images.entries()) {
      const m = measured.get(image.file);
      const style = m ? owner.get(storedFileOf(m.hash, m.extension)) : undefined;
      if (style && style.id !== matches[i]?.style.id) {
        problems.push(imageProblem(row, j, `${image.file} is already an image of the style ${style.slug}`));
      }
    }
  });
}

/** Images that are not at their recipe's `--ar` (the shape a person copying it gets). */
function findImagesOffTheirRatio(
  rows: readonly ImportRow[],
  measured: ReadonlyMap<string, MeasuredImage>,
  problems: ImportProblem[],
): void {
  for (const row of rows)
    for (const [j, image] of row.style.images.entries()) {
      const size = measured.get(image.file)?.analysis;
      const off = size && imageRatioProblem(size, row.style.recipe.params.ar);
      if (off) problems.push(imageProblem(row, j, `${image.file}: ${off}`));
    }
}

/** A problem with the `j`th image of a row, at the line of its file name. */
function imageProblem(row: ImportRow, j: number, message: string): ImportProblem {
  return {
    file: METADATA_FILE,
    row: row.row,
    title: row.style.title,
    line: row.imageLines[j],
    field: `images.${j}.file`,
    message,
  };
}

function toStyleRecord(
  row: ImportRow,
  measured: ReadonlyMap<string, MeasuredImage>,
  before: StyleRecord | undefined,
  now: number,
): StyleRecord {
  const { style } = row;
  // the cover goes first: every grid and link preview shows a style's first image
  const ordered = [
    ...style.images.filter((image) => image.file === style.cover),
    ...style.images.filter((image) => image.file !== style.cover),
  ];
  const images = ordered.map((image) => {
    const m = measured.get(image.file) as MeasuredImage;
    return {
      id: `img_${m.hash.slice(0, 16)}`,
      file: storedFileOf(m.hash, m.extension),
      width: m.analysis.width,
      height: m.analysis.height,
      color: m.analysis.color,
      placeholder: m.analysis.placeholder,
      alt: image.alt,
      ...(image.prompt !== undefined ? { prompt: image.prompt } : {}),
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
      ordered.map((image) => (measured.get(image.file) as MeasuredImage).analysis.palette),
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
