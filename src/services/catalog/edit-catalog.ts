import { existsSync } from "node:fs";
import path from "node:path";
import {
  imagePromptProblems,
  imageRatioProblem,
  recipeProblems,
  testedProblems,
} from "@/domain/catalog/recipe-rules";
import { type CatalogFile, catalogFileSchema } from "@/domain/catalog/schema";
import { CATEGORIES } from "@/domain/catalog/taxonomy";
import { oklabOf } from "@/domain/color/color";
import { colorScore, labPalette, MIN_MATCH } from "@/domain/color/match";
import { SWATCHES } from "@/domain/color/swatches";
import { NotFoundError } from "../errors";
import { finishCatalog } from "./import-styles";

/**
 * Takes a style out of the catalog. Its images stay in the image store (they cost little
 * and an old link keeps working); likes of them stay in people's accounts and are
 * skipped wherever the catalog no longer knows them.
 */
export function removeStyle(current: CatalogFile, input: { slug: string }): CatalogFile {
  if (!current.styles.some((s) => s.slug === input.slug))
    throw new NotFoundError(`no style with slug ${input.slug}`);
  return finishCatalog(current.styles.filter((s) => s.slug !== input.slug));
}

/**
 * Problems of a catalog file as the app would meet them on load, recipes Midjourney would
 * not accept, and local originals that are missing.
 */
export function validateCatalog(raw: unknown, options: { localImagesDir?: string }): string[] {
  const parsed = catalogFileSchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  }
  const problems: string[] = [];
  for (const style of parsed.data.styles) {
    for (const rule of [...recipeProblems(style.recipe, style.model), ...testedProblems(style)])
      problems.push(`${style.slug} (${style.title}), field ${rule.field}: ${rule.message}`);
    style.images.forEach((image, j) => {
      for (const message of imagePromptProblems(image.prompt ?? "", style))
        problems.push(`${style.slug} (${style.title}), field images.${j}.prompt: ${message}`);
      const off = imageRatioProblem(image, style.recipe.params.ar);
      if (off) problems.push(`${style.slug} (${style.title}), field images.${j}: ${off}`);
    });
  }
  try {
    finishCatalog(parsed.data.styles);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (options.localImagesDir) {
    for (const style of parsed.data.styles)
      for (const image of style.images)
        if (!existsSync(path.join(options.localImagesDir, image.file)))
          problems.push(`${style.slug}: ${image.file} is not in ${options.localImagesDir}`);
  }
  return problems;
}

export function catalogStats(catalog: CatalogFile) {
  const count = <T extends string>(values: T[]) =>
    Object.fromEntries([...new Set(values)].sort().map((v) => [v, values.filter((x) => x === v).length]));
  const palettes = catalog.styles.map((s) => labPalette(s.palette));
  return {
    version: catalog.version,
    styles: catalog.styles.length,
    images: catalog.styles.reduce((n, s) => n + s.images.length, 0),
    tiers: count(catalog.styles.map((s) => s.tier)),
    categories: Object.fromEntries(
      CATEGORIES.map((c) => [c.slug, catalog.styles.filter((s) => s.category === c.slug).length]),
    ),
    models: count(catalog.styles.map((s) => s.model ?? "not stated")),
    recipeKinds: count(catalog.styles.map((s) => s.recipe.kind)),
    /** how many styles each colour swatch finds */
    colors: Object.fromEntries(
      SWATCHES.map((swatch) => {
        const target = oklabOf(swatch.hex);
        return [swatch.name, palettes.filter((p) => colorScore(p, target) >= MIN_MATCH).length];
      }),
    ),
  };
}
