import { flagOf } from "../midjourney/parameters";
import { modelLabel } from "../midjourney/versions";
import { PARAM_OF_KEY, type Recipe, recipeSpec, writeRecipe } from "./recipe";
import type { RecipeParams, StyleRecord } from "./schema";

/**
 * Blends: 2 to 4 sref styles, each with a weight, as one recipe. Rules:
 *
 * - Only sref styles blend, and all whose model is stated must be tested on one model;
 *   anything else is refused with the reason.
 * - Codes: each style's codes, each code's own weight times the style's
 *   (`--sref 123::2 456::1`), where the model reads a weight on each code (the model
 *   table); where it does not, the codes count equally, and `notes` says so.
 * - `--sv`: the version each style's codes were made with must agree, or the blend is refused.
 * - `--stylize`, `--chaos`, `--weird`, `--sw`, `--exp`: the weighted mean of the styles that
 *   set them, rounded.
 * - `--ar`: the heaviest style's (the first of equals).
 * - `--style raw`: kept when every style has it.
 * - `--q`, `--stop`, `--tile`, `--seed`, `--no`: kept when every style that sets one agrees;
 *   otherwise left out, and named in `dropped`.
 */

export const BLEND_SIZE = { min: 2, max: 4 } as const;
export const BLEND_WEIGHT = { min: 1, max: 10 } as const;

const BLEND_PART = /^(sty_[a-z0-9]{6,32})(?::(\d{1,2}))?$/;

/**
 * The parts a blend's URL names (`sty_a:2,sty_b`: style ids, each with a whole weight,
 * 1 when left out), or why it names none a blend can take.
 */
export function parseBlendParts(text: string): { id: string; weight: number }[] | { problem: string } {
  const parts: { id: string; weight: number }[] = [];
  for (const piece of text.split(",")) {
    const match = piece.match(BLEND_PART);
    const weight = Number(match?.[2] ?? 1);
    if (!match?.[1] || weight < BLEND_WEIGHT.min || weight > BLEND_WEIGHT.max) {
      return {
        problem: `each part must be a style id with an optional weight ${BLEND_WEIGHT.min}-${BLEND_WEIGHT.max}, like sty_abc123:2`,
      };
    }
    parts.push({ id: match[1], weight });
  }
  if (parts.length < BLEND_SIZE.min || parts.length > BLEND_SIZE.max)
    return { problem: `a blend takes ${BLEND_SIZE.min} to ${BLEND_SIZE.max} styles` };
  if (new Set(parts.map((p) => p.id)).size !== parts.length)
    return { problem: "each style may appear once in a blend" };
  return parts;
}

export interface BlendPart {
  style: StyleRecord;
  weight: number;
}

export type BlendResult =
  | { ok: true; recipe: Recipe; dropped: string[]; notes: string[] }
  | { ok: false; reason: string };

const MEANS = ["stylize", "chaos", "weird", "sw", "exp"] as const;
const AGREED = ["quality", "stop", "tile", "seed", "no"] as const;

function weightText(weight: number): string {
  return String(Math.round(weight * 100) / 100);
}

export function blendRecipes(parts: readonly BlendPart[]): BlendResult {
  if (parts.length < BLEND_SIZE.min || parts.length > BLEND_SIZE.max)
    return { ok: false, reason: `a blend takes ${BLEND_SIZE.min} to ${BLEND_SIZE.max} styles` };
  const notSref = parts.find((p) => p.style.recipe.kind !== "sref");
  if (notSref)
    return {
      ok: false,
      reason: `only sref styles blend; “${notSref.style.title}” is a ${notSref.style.recipe.kind} recipe`,
    };
  const models = [...new Set(parts.flatMap((p) => (p.style.model ? [p.style.model] : [])))];
  if (models.length > 1) {
    const labels = models.map(modelLabel).join(" and ");
    const each = parts
      .filter((p) => p.style.model)
      .map((p) => `“${p.style.title}” on ${modelLabel(p.style.model ?? "")}`)
      .join(", ");
    return {
      ok: false,
      reason: `these styles were tested on different models (${labels}); a blend needs one (${each})`,
    };
  }
  const model = models[0];
  const specs = parts.map((p) => ({ part: p, spec: recipeSpec(p.style) }));
  const svs = [
    ...new Set(specs.flatMap(({ spec }) => (spec.codeVersion === undefined ? [] : [spec.codeVersion]))),
  ];
  if (svs.length > 1)
    return {
      ok: false,
      reason: `these styles need different style versions (${svs.map((v) => `--sv ${v}`).join(" and ")}): ${specs
        .filter(({ spec }) => spec.codeVersion !== undefined)
        .map(({ part, spec }) => `“${part.style.title}” --sv ${spec.codeVersion}`)
        .join(", ")}`,
    };
  const codes = parts.flatMap(({ style, weight }) =>
    style.recipe.kind === "sref"
      ? style.recipe.codes.map((code) => {
          const [number, own] = code.split("::");
          return `${number}::${weightText(Number(own ?? 1) * weight)}`;
        })
      : [],
  );
  const params: RecipeParams = {};
  for (const key of MEANS) {
    const setting = parts.filter((p) => p.style.recipe.params[key] !== undefined);
    if (setting.length === 0) continue;
    const total = setting.reduce((sum, p) => sum + p.weight, 0);
    params[key] = Math.round(
      setting.reduce((sum, p) => sum + (p.style.recipe.params[key] as number) * p.weight, 0) / total,
    );
  }
  const heaviest = parts.reduce((best, p) => (p.weight > best.weight ? p : best));
  if (heaviest.style.recipe.params.ar) params.ar = heaviest.style.recipe.params.ar;
  if (parts.every((p) => p.style.recipe.params.style === "raw")) params.style = "raw";
  const dropped: string[] = [];
  for (const key of AGREED) {
    const values = new Set(
      parts.flatMap((p) =>
        p.style.recipe.params[key] === undefined ? [] : [String(p.style.recipe.params[key])],
      ),
    );
    if (values.size > 1) dropped.push(flagOf(PARAM_OF_KEY[key]));
    else if (values.size === 1) {
      const value = parts.find((p) => p.style.recipe.params[key] !== undefined)?.style.recipe.params[key];
      Object.assign(params, { [key]: value });
    }
  }
  const written = writeRecipe({
    source: { kind: "sref", codes, params },
    ...(model ? { model } : {}),
    ...(svs[0] !== undefined ? { codeVersion: svs[0] } : {}),
  });
  if (!written.ok) return { ok: false, reason: written.reason };
  // what the model changes (weights it does not read, parameters it does not take), said once, by writeRecipe
  const notes = written.changes.map((change) => `${change.short}: ${change.why}`);
  return { ok: true, recipe: written.recipe, dropped, notes };
}
