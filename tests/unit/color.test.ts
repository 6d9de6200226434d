import fc from "fast-check";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { analyseImage } from "@/adapters/images/analyse-image";
import { searchStyles } from "@/domain/catalog/search";
import { similarStyles } from "@/domain/catalog/similar";
import { colorDistance, oklabOf } from "@/domain/color/color";
import { colorScore, labPalette, MATCH_RADIUS, MIN_MATCH, paletteSimilarity } from "@/domain/color/match";
import { mergePalette } from "@/domain/color/palette";
import { parseColor } from "@/domain/color/swatches";
import { fixtureCatalog, fixtureStyle } from "../support/catalog-fixture";

const red = parseColor("red")?.hex as string;
const blue = parseColor("blue")?.hex as string;

describe("colour distance", () => {
  it("is perceptual, not RGB: equal RGB steps differ in how far apart they look", () => {
    expect(colorDistance("#d8352f", "#d8352f")).toBe(0);
    expect(colorDistance("#d8352f", "#c42e2a")).toBeLessThan(0.05);
    // equal RGB steps are not equal visible steps: +40 green is far more visible than +40 blue
    const greenStep = colorDistance("#404040", "#406840");
    const blueStep = colorDistance("#404040", "#404068");
    expect(Math.abs(greenStep - blueStep)).toBeGreaterThan(0.01);
    expect(colorDistance("#000000", "#ffffff")).toBeCloseTo(1, 2);
  });
});

describe("colour names and codes", () => {
  it("reads swatch names, gray, and hex codes with or without # in 3 or 6 digits", () => {
    expect(parseColor("Red")).toEqual({ key: "red", hex: "#d8352f", label: "red" });
    expect(parseColor("gray")?.key).toBe("grey");
    expect(parseColor("#C0FFEE")).toEqual({ key: "c0ffee", hex: "#c0ffee", label: "#c0ffee" });
    expect(parseColor("c0ffee")?.hex).toBe("#c0ffee");
    expect(parseColor("#abc")?.hex).toBe("#aabbcc");
    for (const bad of ["", "redd", "#12345", "#gggggg", "rgb(1,2,3)", "1234567"])
      expect(parseColor(bad)).toBeUndefined();
  });
});

describe("palettes", () => {
  it("folds near colours into the bigger one, drops slivers and sums to 1", () => {
    const palette = mergePalette([
      { color: "#d8352f", share: 0.5 },
      { color: "#d5362e", share: 0.2 },
      { color: "#2e68d3", share: 0.28 },
      { color: "#00ff00", share: 0.02 },
    ]);
    expect(palette.map((p) => p.color)).toEqual(["#d8352f", "#2e68d3"]);
    expect(palette[0]?.share).toBeCloseTo(0.714, 2);
    expect(palette.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1, 2);
  });

  it("still gives a palette when every colour is a sliver", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      color: `#${((i * 0x3a5f7) % 0xffffff).toString(16).padStart(6, "0")}`,
      share: 1 / 40,
    }));
    expect(mergePalette(many).length).toBeGreaterThan(0);
  });

  it("gives the same palette whatever order the colours come in", () => {
    const entry = fc.record({
      color: fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, "0")}`),
      share: fc.double({ min: 0.01, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { minLength: 1, maxLength: 12, selector: (e) => e.color }),
        (entries) => {
          const forward = mergePalette(entries);
          expect(mergePalette([...entries].reverse())).toEqual(forward);
          expect(forward.length).toBeLessThanOrEqual(6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("scores how strongly a palette shows a colour", () => {
    const mostlyRed = labPalette([
      { color: "#cc3a30", share: 0.7 },
      { color: "#20242a", share: 0.3 },
    ]);
    const grey = labPalette([{ color: "#8d8d8d", share: 1 }]);
    expect(colorScore(mostlyRed, oklabOf(red))).toBeGreaterThan(0.5);
    expect(colorScore(mostlyRed, oklabOf(blue))).toBeLessThan(MIN_MATCH);
    expect(colorScore(grey, oklabOf(red))).toBeLessThan(MIN_MATCH);
    // exactly: 0.7 of the palette at distance d from the target counts 0.7 * (1 - d / radius)
    const d = colorDistance("#cc3a30", red);
    expect(colorScore(mostlyRed, oklabOf(red))).toBeCloseTo(0.7 * (1 - d / MATCH_RADIUS), 10);
  });

  it("measures palette likeness symmetrically: 1 for the same palette, 0 for unrelated ones", () => {
    const a = labPalette([
      { color: "#d8352f", share: 0.6 },
      { color: "#f4f2ed", share: 0.4 },
    ]);
    const b = labPalette([{ color: "#2e68d3", share: 1 }]);
    expect(paletteSimilarity(a, a)).toBeCloseTo(1, 5);
    expect(paletteSimilarity(a, b)).toBe(0);
    expect(paletteSimilarity(a, b)).toBe(paletteSimilarity(b, a));
  });
});

describe("colour search", () => {
  const catalog = fixtureCatalog([
    fixtureStyle({
      id: "sty_redmost",
      title: "Crimson",
      palette: [
        { color: "#d23a30", share: 0.8 },
        { color: "#111111", share: 0.2 },
      ],
    }),
    fixtureStyle({
      id: "sty_redsome",
      title: "Dusk",
      palette: [
        { color: "#2a3350", share: 0.7 },
        { color: "#cf3b33", share: 0.3 },
      ],
    }),
    fixtureStyle({ id: "sty_blueonly", title: "Harbour", palette: [{ color: "#3f6fb8", share: 1 }] }),
    fixtureStyle({ id: "sty_greyish", title: "Fog", palette: [{ color: "#8d8d8d", share: 1 }] }),
  ]);

  it("keeps styles showing the colour, the stronger first, by name or by code", () => {
    expect(searchStyles(catalog, { color: "red" }).map((r) => r.entry.style.id)).toEqual([
      "sty_redmost",
      "sty_redsome",
    ]);
    expect(searchStyles(catalog, { color: "3f6fb8" }).map((r) => r.entry.style.id)).toEqual(["sty_blueonly"]);
    expect(searchStyles(catalog, { color: "yellow" })).toEqual([]);
  });

  it("combines with words: both must match", () => {
    expect(searchStyles(catalog, { color: "red", q: "dusk" }).map((r) => r.entry.style.id)).toEqual([
      "sty_redsome",
    ]);
  });
});

describe("more like this", () => {
  const catalog = fixtureCatalog([
    fixtureStyle({
      id: "sty_subject",
      category: "anime",
      tags: ["manga", "ink"],
      palette: [{ color: "#d23a30", share: 1 }],
    }),
    fixtureStyle({
      id: "sty_twin",
      category: "anime",
      tags: ["manga", "ink"],
      palette: [{ color: "#d0382f", share: 1 }],
    }),
    fixtureStyle({
      id: "sty_othercat",
      category: "retro",
      tags: ["manga", "ink"],
      palette: [{ color: "#d23a30", share: 1 }],
    }),
    fixtureStyle({
      id: "sty_samecat",
      category: "anime",
      tags: ["mecha"],
      palette: [{ color: "#3f6fb8", share: 1 }],
    }),
    fixtureStyle({
      id: "sty_nothing",
      category: "retro",
      tags: ["film"],
      palette: [{ color: "#3f6fb8", share: 1 }],
    }),
  ]);

  it("ranks by shared category, tags and palette, and leaves out what shares nothing", () => {
    const subject = catalog.byId.get("sty_subject");
    if (!subject) throw new Error("fixture");
    const similar = similarStyles(catalog, subject, 6);
    expect(similar.map((s) => s.entry.style.id)).toEqual(["sty_twin", "sty_othercat", "sty_samecat"]);
    expect(similar[0]?.score).toBeGreaterThan(0.95);
    expect(similar.map((s) => s.entry.style.id)).not.toContain("sty_subject");
  });
});

describe("image analysis", () => {
  it("measures size, dominant colour, palette shares and a preview of an image", async () => {
    const width = 200;
    const height = 100;
    // left three quarters red, right quarter blue
    const raw = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 3;
        const rgb = x < 150 ? [216, 53, 47] : [46, 104, 211];
        raw.set(rgb, i);
      }
    const png = await sharp(raw, { raw: { width, height, channels: 3 } })
      .png()
      .toBuffer();
    const analysis = await analyseImage(png);
    expect([analysis.width, analysis.height]).toEqual([200, 100]);
    expect(analysis.palette).toHaveLength(2);
    expect(colorDistance(analysis.palette[0]?.color as string, "#d8352f")).toBeLessThan(0.02);
    expect(analysis.palette[0]?.share).toBeCloseTo(0.75, 1);
    expect(colorDistance(analysis.palette[1]?.color as string, "#2e68d3")).toBeLessThan(0.02);
    expect(colorDistance(analysis.color, "#d8352f")).toBeLessThan(0.05);
    expect(analysis.placeholder).toMatch(/^data:image\/webp;base64,/);
  });
});
