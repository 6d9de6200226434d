import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeJpeg, rasterise } from "../../scripts/demo-catalog/render";
import { buildDemoSpec } from "../../scripts/demo-catalog/spec";
import { CATEGORY_TAGS, SHARED_TAGS } from "../../scripts/demo-catalog/tags";
import type { StyleSpec } from "../../scripts/demo-catalog/types";
import { promptContradictions } from "../../src/domain/catalog/prompt-coherence";
import { buildRecipe, recipeSpec } from "../../src/domain/catalog/recipe";
import { recipeProblems, testedProblems } from "../../src/domain/catalog/recipe-rules";
import { type CatalogFile, catalogFileSchema } from "../../src/domain/catalog/schema";
import { ASPECT_RATIOS, aspectRatioOf, CATEGORIES } from "../../src/domain/catalog/taxonomy";
import { modelRow } from "../../src/domain/midjourney/versions";
import { validateCatalog } from "../../src/services/catalog/edit-catalog";

const CATALOG_PATH = path.resolve(__dirname, "../../content/catalog.json");

let styles: StyleSpec[];
beforeAll(() => {
  styles = buildDemoSpec().styles;
});

const allImages = () => styles.flatMap((s) => s.images);
const recipeText = (s: StyleSpec) => buildRecipe(recipeSpec(s.style)).text;

describe("demo catalog spec", () => {
  it("is deterministic", () => {
    expect(buildDemoSpec()).toEqual(buildDemoSpec());
  });

  it("has at least 150 styles covering every category", () => {
    expect(styles.length).toBeGreaterThanOrEqual(150);
    for (const category of CATEGORIES) {
      expect(styles.filter((s) => s.style.category === category.slug).length).toBeGreaterThanOrEqual(8);
    }
  });

  it("makes about 30% of styles free, in every category", () => {
    const free = styles.filter((s) => s.style.tier === "free");
    expect(free.length / styles.length).toBeGreaterThanOrEqual(0.25);
    expect(free.length / styles.length).toBeLessThanOrEqual(0.35);
    for (const category of CATEGORIES)
      expect(free.some((s) => s.style.category === category.slug)).toBe(true);
  });

  it("gives each style 3-8 images, all at the recipe's --ar when it names one", () => {
    const counts = new Set<number>();
    for (const { style, images } of styles) {
      expect(images.length).toBeGreaterThanOrEqual(3);
      expect(images.length).toBeLessThanOrEqual(8);
      counts.add(images.length);
      const ratios = images.map((i) => aspectRatioOf(i.width, i.height));
      const { ar } = style.recipe.params;
      // a style whose images come in two ratios names no --ar; every other recipe names its images' ratio
      if (ar)
        expect(
          ratios.filter((ratio) => ratio !== ar),
          style.slug,
        ).toEqual([]);
      else expect(new Set(ratios).size, style.slug).toBe(2);
    }
    expect(counts.size).toBeGreaterThanOrEqual(4);
    expect(styles.filter((s) => s.style.recipe.params.ar).length).toBeGreaterThan(styles.length / 2);
  });

  it("draws sref codes Midjourney has: 1 to 4,294,967,295", () => {
    const codes = styles.flatMap(({ style: { recipe } }) => (recipe.kind === "sref" ? recipe.codes : []));
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) {
      const digits = code.split("::")[0] ?? "";
      expect(digits, code).toMatch(/^[1-9][0-9]{0,9}$/);
      expect(Number(digits), code).toBeGreaterThanOrEqual(1);
      expect(Number(digits), code).toBeLessThanOrEqual(4_294_967_295);
    }
  });

  it("writes prompts that do not contradict themselves (prompt-coherence)", () => {
    const prompts = styles.flatMap(({ style, images }) => [
      ...(style.recipe.kind === "prompt" ? [{ slug: style.slug, prompt: style.recipe.prompt }] : []),
      ...images.flatMap((i) => (i.prompt ? [{ slug: style.slug, prompt: i.prompt }] : [])),
    ]);
    expect(
      prompts.filter((p) => styles.some((s) => s.style.recipe.kind === "prompt" && s.style.slug === p.slug))
        .length,
    ).toBeGreaterThan(20);
    for (const { slug, prompt } of prompts)
      expect(promptContradictions(prompt), `${slug}: ${prompt}`).toEqual([]);
  });

  it("uses every aspect ratio, and models from V6 to V8.2 and Niji 6 and 7 as a 2026 library would", () => {
    const ratios = new Set(allImages().map((i) => aspectRatioOf(i.width, i.height)));
    for (const ratio of ASPECT_RATIOS) expect(ratios).toContain(ratio);
    const count = (model: string) => styles.filter((s) => s.style.model === model).length;
    for (const model of ["v6", "v6.1", "v7", "v8", "v8.1", "v8.2", "niji6", "niji7"])
      expect(count(model), model).toBeGreaterThan(0);
    expect(count("v5.2")).toBe(0);
    // a library started in 2025: V7 and the V8 line hold the largest share, no style predates its model
    expect(count("v7") + count("v8") + count("v8.1") + count("v8.2")).toBeGreaterThan(styles.length / 3);
    for (const { style } of styles)
      if (style.model) expect(modelRow(style.model).released <= style.publishedAt, style.slug).toBe(true);
    const anime = styles.filter((s) => s.style.category === "anime");
    expect(anime.filter((s) => s.style.model?.startsWith("niji")).length * 2).toBeGreaterThan(anime.length);
  });

  it("mixes recipe kinds: mostly sref, some moodboards and prompts", () => {
    const share = (kind: string) => styles.filter((s) => s.style.recipe.kind === kind).length / styles.length;
    expect(share("sref")).toBeGreaterThan(0.45);
    expect(share("moodboard")).toBeGreaterThan(0.12);
    expect(share("prompt")).toBeGreaterThan(0.18);
  });

  it("has unique ids, slugs, titles and recipe texts", () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(styles.map((s) => s.style.id));
    unique(styles.map((s) => s.style.slug));
    unique(styles.map((s) => s.style.title));
    unique(styles.map(recipeText));
    unique(allImages().map((i) => i.id));
    unique(allImages().map((i) => i.file));
  });

  it("keeps Pro recipe texts distinctive", () => {
    const texts = styles.map(recipeText);
    for (const style of styles.filter((s) => s.style.tier === "pro")) {
      const text = recipeText(style);
      // the code or prompt is what nobody can guess (--v and --ar can be, and a two-ratio style has no --ar)
      const { recipe } = style.style;
      const secret =
        recipe.kind === "sref"
          ? recipe.codes.join(" ")
          : recipe.kind === "moodboard"
            ? recipe.code
            : recipe.prompt;
      expect(secret.length, style.style.slug).toBeGreaterThanOrEqual(6);
      expect(texts.filter((other) => other.includes(text))).toHaveLength(1);
    }
  });

  it("holds only recipes Midjourney accepts (the model table), tested where and when they could be", () => {
    for (const { style } of styles) expect(recipeProblems(style.recipe, style.model), style.slug).toEqual([]);
    for (const { style } of styles) expect(testedProblems(style), style.slug).toEqual([]);
    const tested = styles.filter((s) => s.style.tested);
    expect(tested.length).toBeGreaterThan(styles.length / 2);
    // a few from collections that name no model, as real ones do
    expect(styles.filter((s) => !s.style.model).length).toBeGreaterThan(0);
  });

  it("tags styles from the category vocabulary and shared tags", () => {
    for (const { style } of styles) {
      expect(style.tags.length).toBeGreaterThanOrEqual(3);
      expect(style.tags.length).toBeLessThanOrEqual(6);
      const allowed = new Set<string>([...CATEGORY_TAGS[style.category], ...SHARED_TAGS]);
      for (const tag of style.tags) expect(allowed).toContain(tag);
    }
  });
});

describe("committed content/catalog.json", () => {
  let catalog: CatalogFile;
  beforeAll(() => {
    catalog = catalogFileSchema.parse(JSON.parse(readFileSync(CATALOG_PATH, "utf8")));
  });

  it("matches the spec builder (run `npm run demo:catalog` if this fails)", () => {
    const strip = (file: CatalogFile) =>
      // the palette is measured from pixels, like colours and placeholders (checked below)
      file.styles.map(({ images, palette: _palette, ...style }) => ({
        ...style,
        images: images.map(({ id, file: imageFile, width, height, alt, prompt }) => ({
          id,
          file: imageFile,
          width,
          height,
          alt,
          prompt,
        })),
      }));
    const expected = styles.map(({ style, images }) => ({
      ...style,
      images: images.map(({ id, file, width, height, alt, prompt }) => ({
        id,
        file,
        width,
        height,
        alt,
        prompt,
      })),
    }));
    expect(strip(catalog)).toEqual(expected);
  });

  it("passes `catalog validate`: codes in range, Midjourney's rules, prompts that agree with themselves, images at their --ar", () => {
    expect(validateCatalog(JSON.parse(readFileSync(CATALOG_PATH, "utf8")), {})).toEqual([]);
  });

  it("has a palette for every style, covering most of its images", () => {
    for (const style of catalog.styles) {
      expect(style.palette.length).toBeGreaterThan(0);
      const covered = style.palette.reduce((sum, p) => sum + p.share, 0);
      // the colours past the sixth are left out, so the shares may sum to a little under 1
      expect(covered).toBeGreaterThan(0.85);
      expect(covered).toBeLessThanOrEqual(1.005); // shares are rounded to thousandths
    }
  });

  it("has a colour and a small placeholder for every image", () => {
    for (const image of catalog.styles.flatMap((s) => s.images)) {
      expect(image.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(image.placeholder.length).toBeLessThan(600);
    }
  });
});

describe("demo image rendering", () => {
  it("renders an image at exactly the size in its record", async () => {
    const candidates = styles.flatMap((s) => s.images.map((image) => ({ image, look: s.look })));
    const smallest = candidates.reduce((a, b) =>
      b.image.width * b.image.height < a.image.width * a.image.height ? b : a,
    );
    const jpeg = await encodeJpeg(await rasterise(smallest.image, smallest.look));
    const meta = await sharp(jpeg).metadata();
    expect(meta.format).toBe("jpeg");
    expect([meta.width, meta.height]).toEqual([smallest.image.width, smallest.image.height]);
  });
});
