import { z } from "zod";
import { blendRecipes, parseBlendParts } from "@/domain/catalog/blend";
import type { Recipe } from "@/domain/catalog/recipe";
import { canSeeRecipe } from "@/domain/entitlements";
import type { CatalogContext } from "../context";
import { ForbiddenError, NotFoundError, UnprocessableError } from "../errors";

/** Query of GET /api/blend: `s=sty_a:2,sty_b:1`, style ids with whole weights 1-10 (1 when left out). */
export const blendInput = z.strictObject({
  s: z
    .string({ error: "s is required: 2 to 4 style ids with weights, like sty_abc123:2,sty_def456:1" })
    .transform((value, ctx) => {
      const parts = parseBlendParts(value);
      if (!("problem" in parts)) return parts;
      ctx.addIssue({ code: "custom", message: parts.problem });
      return z.NEVER;
    }),
});

export interface BlendView {
  recipe: Recipe;
  /** parameters left out because the styles disagree on them */
  dropped: string[];
  /** what the model changed: weights it does not read, parameters it does not take */
  notes: string[];
  styles: { id: string; slug: string; title: string; weight: number }[];
}

/**
 * One recipe from 2-4 sref styles the viewer may see (domain/catalog/blend). A Pro style
 * in a visitor's or free member's blend is a 403: its code never reaches them.
 */
export function blendStyles(ctx: CatalogContext, input: z.infer<typeof blendInput>): BlendView {
  const parts = input.s.map(({ id, weight }) => {
    const style = ctx.catalog.byId.get(id)?.style;
    if (!style) throw new NotFoundError(`no style with id ${id}`);
    if (!canSeeRecipe(ctx.viewer, style))
      throw new ForbiddenError("pro_required", `“${style.title}” is a Pro recipe: blending it needs Pro`);
    return { style, weight };
  });
  const result = blendRecipes(parts);
  if (!result.ok)
    throw new UnprocessableError("cannot_blend", `These styles cannot blend: ${result.reason}.`);
  return {
    recipe: result.recipe,
    dropped: result.dropped,
    notes: result.notes,
    styles: parts.map(({ style, weight }) => ({
      id: style.id,
      slug: style.slug,
      title: style.title,
      weight,
    })),
  };
}

/** The title and page of each style a blend names that exists (public for every style, Pro or not). */
export function blendStyleNames(
  ctx: CatalogContext,
  input: { ids: readonly string[] },
): Record<string, { title: string; slug: string }> {
  return Object.fromEntries(
    input.ids.flatMap((id) => {
      const style = ctx.catalog.byId.get(id)?.style;
      return style ? [[id, { title: style.title, slug: style.slug }]] : [];
    }),
  );
}
