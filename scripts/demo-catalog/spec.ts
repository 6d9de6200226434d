import { recipeSpec, writeRecipe } from "../../src/domain/catalog/recipe";
import type { RecipeSource } from "../../src/domain/catalog/schema";
import { type AspectRatio, CATEGORIES, type CategorySlug } from "../../src/domain/catalog/taxonomy";
import { DEFAULT_MODEL, type ModelId, modelRow } from "../../src/domain/midjourney/versions";
import { COMPOSERS } from "./compositions";
import { altText, describeLook, promptText, slugify, tagsFor } from "./naming";
import { makePalette, SCHEMES } from "./palette";
import { hashString, Rng } from "./prng";
import { kindDeck, makeRecipe } from "./recipe-gen";
import type { Theme } from "./theme-type";
import { ANIME, CINEMATIC, ILLUSTRATION, PHOTOGRAPHY, THREE_D } from "./themes-a";
import { FANTASY, GRAPHIC, MINIMAL, PAINTERLY, RETRO } from "./themes-b";
import type { FamilyId, ImageSpec, Look, StyleSpec } from "./types";

export const DEMO_SEED = "mjpro-demo-1";
export const CATALOG_VERSION = "demo-1";
/** long edge of every demo image; chosen so rendering all of them stays well under a minute on 2 cores */
export const LONG_EDGE = 1280;

const THEMES: Record<CategorySlug, Theme[]> = {
  cinematic: CINEMATIC,
  photography: PHOTOGRAPHY,
  "3d": THREE_D,
  anime: ANIME,
  illustration: ILLUSTRATION,
  painterly: PAINTERLY,
  graphic: GRAPHIC,
  fantasy: FANTASY,
  minimal: MINIMAL,
  retro: RETRO,
};

const GRAIN_CHANCE: Record<CategorySlug, number> = {
  cinematic: 0.6,
  photography: 0.85,
  "3d": 0.1,
  anime: 0.2,
  illustration: 0.35,
  painterly: 0.5,
  graphic: 0.5,
  fantasy: 0.25,
  minimal: 0.2,
  retro: 0.75,
};

const FLAT_CATEGORIES: readonly CategorySlug[] = ["graphic", "illustration"];

/** aspect ratios that suit a composition, most likely first */
const RATIOS: Record<FamilyId, readonly AspectRatio[]> = {
  mountains: ["16:9", "3:2", "2:3", "1:1"],
  dunes: ["16:9", "3:2", "9:16"],
  seascape: ["3:2", "16:9", "2:3", "9:16"],
  city: ["16:9", "3:2", "9:16", "2:3"],
  figure: ["2:3", "9:16", "1:1", "3:2"],
  bauhaus: ["1:1", "2:3", "3:2"],
  arches: ["2:3", "1:1", "9:16"],
  lowpoly: ["1:1", "3:2", "16:9"],
  waves: ["3:2", "1:1", "2:3", "16:9"],
  botanical: ["2:3", "1:1", "9:16"],
  cosmic: ["1:1", "16:9", "2:3"],
  blobs: ["1:1", "9:16", "3:2"],
  clay: ["1:1", "3:2", "2:3"],
  synthwave: ["16:9", "3:2", "1:1"],
};

export function dimensions(ratio: AspectRatio, longEdge = LONG_EDGE): { width: number; height: number } {
  const [w, h] = ratio.split(":").map(Number) as [number, number];
  return w >= h
    ? { width: longEdge, height: Math.round((longEdge * h) / w) }
    : { width: Math.round((longEdge * w) / h), height: longEdge };
}

/**
 * Models as a library in late 2026 holds them: mostly V7 and the V8 line, older codes
 * kept; never one that came out after the style was published.
 */
function pickModel(rng: Rng, category: CategorySlug, publishedAt: string): ModelId {
  const out = (weights: [ModelId, number][]) =>
    rng.weighted(weights.filter(([model]) => modelRow(model).released <= publishedAt));
  if (category === "anime") {
    return out([
      ["niji7", 10],
      ["niji6", 3],
      ["v7", 1],
      ["v8.2", 1],
    ]);
  }
  // Niji is Midjourney's anime model: illustrators use it too, photographers do not
  const niji: [ModelId, number][] =
    category === "illustration"
      ? [
          ["niji7", 12],
          ["niji6", 10],
        ]
      : [];
  return out([["v8.2", 40], ["v8.1", 16], ["v8", 6], ["v7", 33], ["v6.1", 14], ["v6", 8], ...niji]);
}

function makeLook(rng: Rng, theme: Theme, category: CategorySlug): Look {
  const grain = rng.chance(GRAIN_CHANCE[category]) ? Math.round(rng.range(0.05, 0.12) * 100) / 100 : 0;
  return {
    palette: makePalette(rng, theme.hue, theme.mood, rng.pick(SCHEMES), theme.offsets),
    mood: theme.mood,
    grain,
    vignette: Math.round(rng.range(FLAT_CATEGORIES.includes(category) ? 0 : 0.25, 0.6) * 100) / 100,
    flat: FLAT_CATEGORIES.includes(category) ? rng.chance(0.75) : theme.mood === "ink",
  };
}

const DAY = 86_400_000;
const TODAY = "2026-11-30";

/**
 * Where and when a style was tried, as curators record it: most on their model some days
 * before publishing (a month, or a day), some again on today's default model, and a few
 * from collections that name no model at all. Drawn from the style's own "tested" stream,
 * so the rest of the catalog stays as it was.
 */
function testHistory(
  rng: Rng,
  model: ModelId,
  publishedAt: string,
  recipe: RecipeSource,
): { model?: ModelId; tested?: { model: ModelId; date: string }[] } {
  if (rng.chance(0.04)) return {};
  if (rng.chance(0.3)) return { model };
  const released = modelRow(model).released;
  const day = new Date(Date.parse(publishedAt) - rng.int(3, 60) * DAY).toISOString().slice(0, 10);
  // the later of the two days (ISO days sort as text)
  const first = [day, released].sort()[1] ?? day;
  const tested = [{ model, date: rng.chance(0.5) ? first.slice(0, 7) : first }];
  const today = DEFAULT_MODEL.id as ModelId;
  const later = new Date(Date.parse(DEFAULT_MODEL.released) + rng.int(5, 120) * DAY)
    .toISOString()
    .slice(0, 10);
  if (
    model !== today &&
    rng.chance(0.4) &&
    later <= TODAY &&
    writeRecipe(recipeSpec({ recipe, model }), today).ok
  )
    tested.push({ model: today, date: later });
  return { model, tested };
}

const START = Date.UTC(2025, 0, 1);
const END = Date.UTC(2026, 10, 1);

/** Builds every style of the demo catalog except the pixel-derived image fields. Pure and deterministic. */
export function buildDemoSpec(): { version: string; styles: StyleSpec[] } {
  const entries = CATEGORIES.flatMap((category, categoryIndex) => {
    const themes = THEMES[category.slug];
    const freeCount = categoryIndex % 2 === 0 ? 5 : 4;
    const free = new Set(
      Rng.from(DEMO_SEED, "free", category.slug)
        .shuffle(themes.map((_, i) => i))
        .slice(0, freeCount),
    );
    return themes.map((theme, i) => ({ category: category.slug, theme, free: free.has(i) }));
  });
  const order = Rng.from(DEMO_SEED, "order");
  const kinds = kindDeck(order, entries.length);
  const dateSlots = order.shuffle(entries.map((_, i) => i));
  const usedRecipes = new Set<string>();
  const usedIds = new Set<string>();
  const uniqueId = (id: string) => {
    if (usedIds.has(id)) throw new Error(`duplicate id ${id}`);
    usedIds.add(id);
    return id;
  };

  const styles = entries.map(({ category, theme, free }, index): StyleSpec => {
    const rng = Rng.from(DEMO_SEED, "style", theme.title);
    const slug = slugify(theme.title);
    const look = makeLook(rng, theme, category);
    const ratio = rng.pick(RATIOS[theme.family].slice(0, 3));
    const otherRatio = rng.chance(0.25)
      ? rng.pick(RATIOS[theme.second].filter((r) => r !== ratio))
      : undefined;
    const kind = kinds[index] ?? "sref";
    const slot = dateSlots[index] ?? index;
    const time = START + ((slot + rng.range(0.1, 0.9)) / entries.length) * (END - START);
    const publishedAt = new Date(Math.floor(time / 60_000) * 60_000).toISOString().replace(".000Z", "Z");
    const picked = pickModel(rng, category, publishedAt);
    // a code needs a model that reads it (the model table)
    const reads =
      kind === "sref"
        ? modelRow(picked).styleReferences
        : kind === "moodboard"
          ? modelRow(picked).profiles
          : true;
    const model: ModelId = reads ? picked : "v6.1";
    // drawn in this order (description, tags, recipe): every later draw depends on it
    const description = describeLook(rng, theme);
    const tags = tagsFor(rng, theme, category, look.grain > 0);
    const recipe = makeRecipe(
      rng,
      { kind, model },
      theme,
      category,
      look.palette,
      // images in two ratios: the recipe names neither, so none of them is off its --ar
      otherRatio ? undefined : ratio,
      usedRecipes,
    );
    const history = testHistory(Rng.from(DEMO_SEED, "tested", theme.title), model, publishedAt, recipe);
    const style: StyleSpec["style"] = {
      id: uniqueId(`sty_${Rng.from(DEMO_SEED, "id", theme.title).alnum(10)}`),
      slug,
      title: theme.title,
      description,
      category,
      tags,
      ...history,
      tier: free ? "free" : "pro",
      publishedAt,
      recipe,
    };
    const count = rng.weighted([
      [3, 2],
      [4, 3],
      [5, 3],
      [6, 3],
      [7, 2],
      [8, 2],
    ] as const);
    const images = Array.from({ length: count }, (_, i): ImageSpec => {
      const family = i % 3 === 2 ? theme.second : theme.family;
      const imageRatio = otherRatio && i % 2 === 1 ? otherRatio : ratio;
      const { width, height } = dimensions(imageRatio);
      const seed = hashString(`${DEMO_SEED}:image:${theme.title}:${i}`);
      const { subject } = COMPOSERS[family]({ rng: new Rng(seed), width, height, look });
      return {
        id: uniqueId(`img_${Rng.from(DEMO_SEED, "image-id", theme.title, i).alnum(12)}`),
        file: `demo/${slug}-${i + 1}.jpg`,
        width,
        height,
        alt: altText(subject, theme.title),
        ...(kind === "prompt" ? {} : { prompt: promptText(subject) }),
        family,
        seed,
      };
    });
    return { style, look, images };
  });
  styles.sort((a, b) => b.style.publishedAt.localeCompare(a.style.publishedAt));
  return { version: CATALOG_VERSION, styles };
}
