import type { RecipeSource, StyleRecord } from "./schema";

/**
 * What makes a style the same style across imports: its slug, or its code. A code (the
 * set of sref codes, weights aside, or a moodboard code) is one style, unless a row says
 * it is a variant; prompts have no code and are known by their slug only.
 */
export function codeKey(recipe: RecipeSource): string | undefined {
  switch (recipe.kind) {
    case "sref":
      return `sref:${[...new Set(recipe.codes.map((code) => code.replace(/::.*$/, "")))].sort().join(" ")}`;
    case "moodboard":
      return `p:${recipe.code}`;
    case "prompt":
      return undefined;
  }
}

/** How a row found the style it updates, if any. */
export type Match = { style: StyleRecord; by: "slug" | "code" } | undefined;

/**
 * The catalog style a row stands for: the one with its slug, else (for a row that is not
 * a variant) the one style with its code, so a renamed style keeps its id and date.
 */
export function matchStyle(
  catalog: readonly StyleRecord[],
  row: { slug: string; recipe: RecipeSource; variant: boolean },
): Match {
  const bySlug = catalog.find((style) => style.slug === row.slug);
  if (bySlug) return { style: bySlug, by: "slug" };
  const key = codeKey(row.recipe);
  if (row.variant || key === undefined) return undefined;
  const byCode = catalog.filter((style) => codeKey(style.recipe) === key);
  return byCode.length === 1 && byCode[0] ? { style: byCode[0], by: "code" } : undefined;
}
