import { MODEL_TABLE } from "../midjourney/models";
import type { ModelRow } from "../midjourney/row";
import { CURRENT_MODELS, MODEL_IDS, type ModelId } from "../midjourney/versions";
import { type RecipeSpec, type WrittenRecipe, writeRecipe } from "./recipe";

const ROWS: readonly ModelRow[] = MODEL_TABLE;

/** One bit per model of the table: the models a recipe works on, in a number. */
export function modelBit(id: ModelId): number {
  return 1 << MODEL_IDS.indexOf(id);
}

/** The models `spec` can be written for (some with changes), as bits (modelBit). */
export function worksOnMask(spec: RecipeSpec): number {
  let mask = 0;
  for (const row of ROWS) if (writeRecipe(spec, row.id as ModelId).ok) mask |= modelBit(row.id as ModelId);
  return mask;
}

/**
 * The same mask for every style with the same recipe shape, worked out once: at a
 * hundred thousand styles most share a handful of shapes.
 */
export function worksOnMasks(): (spec: RecipeSpec) => number {
  const known = new Map<string, number>();
  return (spec) => {
    const { source } = spec;
    const shape = JSON.stringify([
      source.kind,
      spec.model,
      spec.codeVersion,
      source.kind === "sref" && source.codes.some((code) => code.includes("::")),
      source.params,
    ]);
    let mask = known.get(shape);
    if (mask === undefined) {
      mask = worksOnMask(spec);
      known.set(shape, mask);
    }
    return mask;
  };
}

/** How a recipe fares on each model Midjourney offers today, newest first (the style page's "works on"). */
export function currentModelFits(spec: RecipeSpec): { model: ModelRow; written: WrittenRecipe }[] {
  return CURRENT_MODELS.map((model) => ({ model, written: writeRecipe(spec, model.id as ModelId) }));
}
