import { describe, expect, it } from "vitest";
import { searchStyles } from "@/domain/catalog/search";
import { fixtureCatalog, fixtureImage, fixtureStyle } from "../support/catalog-fixture";

const catalog = fixtureCatalog([
  fixtureStyle({
    id: "sty_noirtitle",
    title: "Neon Noir Alley",
    category: "cinematic",
    tags: ["moody", "neon"],
    description: "Wet streets at night.",
    publishedAt: "2026-03-01T00:00:00.000Z",
  }),
  fixtureStyle({
    id: "sty_noirtag",
    title: "Rain Street",
    category: "photography",
    tags: ["noir", "grain"],
    description: "Black and white street photography.",
    publishedAt: "2026-05-01T00:00:00.000Z",
    model: "v6.1",
  }),
  fixtureStyle({
    id: "sty_noirdesc",
    title: "Quiet Harbour",
    category: "painterly",
    tags: ["calm"],
    description: "A noir mood painted in oils.",
    publishedAt: "2026-06-01T00:00:00.000Z",
    tier: "pro",
    recipe: { kind: "sref", codes: ["9876543210"], params: {} },
  }),
  fixtureStyle({
    id: "sty_cafe",
    title: "Café Pastel",
    category: "illustration",
    tags: ["pastel"],
    publishedAt: "2026-02-01T00:00:00.000Z",
    images: [
      fixtureImage({ width: 900, height: 1600 }),
      fixtureImage({ width: 900, height: 1600 }),
      fixtureImage(),
    ],
    recipe: { kind: "prompt", prompt: "a sunlit cafe terrace drawn in gouache", params: { ar: "9:16" } },
  }),
]);

const ids = (filters: Parameters<typeof searchStyles>[1]) =>
  searchStyles(catalog, filters).map((r) => r.entry.style.id);

describe("search ranking", () => {
  it("ranks a title match above a tag match above a description match", () => {
    expect(ids({ q: "noir" })).toEqual(["sty_noirtitle", "sty_noirtag", "sty_noirdesc"]);
  });

  it("requires every query word to match", () => {
    expect(ids({ q: "noir neon" })).toEqual(["sty_noirtitle"]);
    expect(ids({ q: "noir banana" })).toEqual([]);
  });

  it("matches prefixes of words while typing", () => {
    expect(ids({ q: "harb" })).toEqual(["sty_noirdesc"]);
  });

  it("ignores case and accents", () => {
    expect(ids({ q: "CAFÉ" })).toEqual(["sty_cafe"]);
    expect(ids({ q: "cafe" })).toEqual(["sty_cafe"]);
  });

  it("matches category names", () => {
    expect(ids({ q: "cinematic" })).toEqual(["sty_noirtitle"]);
  });

  it("finds a free recipe by its code or prompt words but never a Pro one", () => {
    expect(ids({ q: "1234567" }).sort()).toEqual(["sty_noirtag", "sty_noirtitle"]);
    expect(ids({ q: "gouache" })).toEqual(["sty_cafe"]);
    expect(ids({ q: "9876543210" })).toEqual([]);
  });

  it("browses newest first within each tier, free and Pro taking turns", () => {
    expect(ids({})).toEqual(["sty_noirtag", "sty_noirdesc", "sty_noirtitle", "sty_cafe"]);
  });

  it("puts free styles on the first screen even when the newest are all Pro", () => {
    const day = (d: number) => new Date(Date.UTC(2026, 0, d)).toISOString();
    const mixed = fixtureCatalog([
      ...[1, 2, 3, 4, 5, 6].map((d) =>
        fixtureStyle({ id: `sty_pro00${d}`, publishedAt: day(20 + d), tier: "pro" }),
      ),
      ...[1, 2].map((d) => fixtureStyle({ id: `sty_free0${d}`, publishedAt: day(d) })),
    ]);
    const order = (filters: Parameters<typeof searchStyles>[1]) =>
      searchStyles(mixed, filters).map((r) => r.entry.style.id);
    expect(order({})).toEqual([
      "sty_free02",
      "sty_pro006",
      "sty_free01",
      "sty_pro005",
      "sty_pro004",
      "sty_pro003",
      "sty_pro002",
      "sty_pro001",
    ]);
    expect(order({ tier: "pro" })).toEqual([
      "sty_pro006",
      "sty_pro005",
      "sty_pro004",
      "sty_pro003",
      "sty_pro002",
      "sty_pro001",
    ]);
  });
});

describe("search filters", () => {
  it("filters by category, the models a recipe works on, and tier", () => {
    expect(ids({ category: "photography" })).toEqual(["sty_noirtag"]);
    // the V7 code with no --sv is an --sv 6 code, which V6.1 does not read; --sv 4 codes and prompts it does
    expect(ids({ model: "v6.1" })).toEqual(["sty_noirtag", "sty_noirtitle", "sty_cafe"]);
    expect(ids({ model: "v5.2" })).toEqual(["sty_cafe"]);
    // not only the styles tested on V8.2: every code written for it with its --sv
    expect(ids({ model: "v8.2" })).toHaveLength(catalog.styles.length);
    expect(ids({ tier: "pro" })).toEqual(["sty_noirdesc"]);
    expect(ids({ tier: "free" })).not.toContain("sty_noirdesc");
  });

  it("filters by the aspect ratio of a style's images", () => {
    expect(ids({ ar: "9:16" })).toEqual(["sty_cafe"]);
    expect(ids({ ar: "3:2" })).toHaveLength(4);
    expect(ids({ ar: "16:9" })).toEqual([]);
  });

  it("combines a query with filters", () => {
    expect(ids({ q: "noir", category: "painterly" })).toEqual(["sty_noirdesc"]);
    expect(ids({ q: "noir", tier: "free" })).toEqual(["sty_noirtitle", "sty_noirtag"]);
  });

  it("ignores stopwords and repeated words", () => {
    expect(ids({ q: "a noir look" })).toEqual(ids({ q: "noir" }));
    expect(searchStyles(catalog, { q: "noir noir" }).map((r) => r.key)).toEqual(
      searchStyles(catalog, { q: "noir" }).map((r) => r.key),
    );
  });
});

describe("result order", () => {
  it("equals the full comparison (keys, then id) for words, prefixes, colours, palettes, sorts and filters, ties included", async () => {
    const { readFileSync } = await import("node:fs");
    const { createCatalog } = await import("@/domain/catalog/catalog");
    const { catalogFileSchema } = await import("@/domain/catalog/schema");
    const { compareKeys } = await import("@/domain/catalog/search");
    const { syntheticCatalog } = await import("../../scripts/bench/synthetic-catalog");
    const source = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
    // copies of the demo styles: many share a title word, a score and a publishing time
    const catalog = createCatalog(syntheticCatalog(source, 4_000), (slug) => slug);
    const searches = [
      { q: "neon" },
      { q: "ne" },
      { q: "so" },
      { q: "soft light" },
      { color: "red" },
      { q: "a", color: "blue" },
      { q: "portrait", tier: "free" as const },
      // one number and the time: sorted as packed numbers
      { palette: "e9b872:5,101010:2,ffffff:1,336699:1,993366:1" },
      { palette: "ff0000:3,0000ff:1", tier: "pro" as const },
      { sort: "random" as const, seed: "tie-seed" },
      { sort: "popular" as const },
      // the time alone: compared
      { sort: "newest" as const, color: "red" },
    ];
    // a few likers each, so many styles tie
    const popularity = { version: "test", likersOf: (id: string) => id.charCodeAt(id.length - 1) % 4 };
    for (const filters of searches) {
      const results = searchStyles(catalog, filters, popularity);
      expect(results.length, JSON.stringify(filters)).toBeGreaterThan(1);
      const ids = results.map((r) => r.entry.style.id);
      expect(ids, JSON.stringify(filters)).toEqual(
        [...results]
          .sort((a, b) => compareKeys(a.key, a.entry.style.id, b.key, b.entry.style.id))
          .map((r) => r.entry.style.id),
      );
    }
  });
});
