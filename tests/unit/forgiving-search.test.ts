import { describe, expect, it } from "vitest";
import { type Popularity, queryTerms, searchStyles, suggestQueries } from "@/domain/catalog/search";
import { americanSpelling, joinCompounds, withCompounds, wordForm } from "@/domain/catalog/word-forms";
import { formatPalette, parsePalette } from "@/domain/color/palette-query";
import { fixtureCatalog, fixtureStyle } from "../support/catalog-fixture";

const catalog = fixtureCatalog([
  fixtureStyle({
    id: "sty_watercolor",
    title: "Watercolor Bloom",
    tags: ["floral"],
    description: "Soft washes of colour.",
    publishedAt: "2026-01-05T00:00:00.000Z",
    palette: [
      { color: "#f4f2ed", share: 0.6 },
      { color: "#ea7fb0", share: 0.4 },
    ],
  }),
  fixtureStyle({
    id: "sty_watercolours",
    title: "Harbour Study",
    tags: ["watercolours"],
    publishedAt: "2026-01-06T00:00:00.000Z",
    palette: [{ color: "#1e9a93", share: 1 }],
  }),
  fixtureStyle({
    id: "sty_noir",
    title: "Silver Screen Noir",
    description: "Sci-fi shadows in grey.",
    publishedAt: "2026-01-07T00:00:00.000Z",
    palette: [{ color: "#141414", share: 1 }],
  }),
  fixtureStyle({
    id: "sty_niji",
    title: "Petal Light",
    model: "niji6",
    recipe: { kind: "moodboard", code: "abcde12", params: {} },
    publishedAt: "2026-01-08T00:00:00.000Z",
  }),
  fixtureStyle({
    id: "sty_prompt",
    title: "Science Fiction Dawn",
    recipe: { kind: "prompt", prompt: "a station at dawn, painted", params: {} },
    publishedAt: "2026-01-04T00:00:00.000Z",
  }),
]);

const ids = (filters: Parameters<typeof searchStyles>[1], popularity?: Popularity) =>
  searchStyles(catalog, filters, popularity).map((r) => r.entry.style.id);

describe("word forms", () => {
  it("spells British words the American way, leaving short and unrelated words alone", () => {
    expect(americanSpelling("watercolour")).toBe("watercolor");
    expect(americanSpelling("harbours")).toBe("harbors");
    expect(americanSpelling("stylised")).toBe("stylized");
    expect(americanSpelling("theatre")).toBe("theater");
    expect(americanSpelling("grey")).toBe("gray");
    expect(americanSpelling("four")).toBe("four");
    expect(americanSpelling("noise")).toBe("noise");
  });

  it("gives spellings and inflections of one word one form, and different words different forms", () => {
    expect(wordForm("watercolours")).toBe(wordForm("watercolor"));
    expect(wordForm("paintings")).toBe(wordForm("painting"));
    expect(wordForm("colourful")).toBe(wordForm("colorful"));
    expect(wordForm("noir")).not.toBe(wordForm("neon"));
    expect(wordForm("2478013")).toBe("2478013");
  });

  it("joins compounds in a query and adds them beside their parts in a text", () => {
    expect(joinCompounds(["sci", "fi", "city"])).toEqual(["scifi", "city"]);
    expect(joinCompounds(["science", "fiction"])).toEqual(["scifi"]);
    expect(withCompounds(["mood", "board"])).toEqual(["mood", "board", "moodboard"]);
    expect(queryTerms("sci-fi mood board")).toEqual(["scifi", "moodboard"]);
  });
});

describe("search that forgives", () => {
  it("finds British and American spellings alike, the exact spelling first", () => {
    expect(ids({ q: "watercolour" })).toEqual(["sty_watercolor", "sty_watercolours"]);
    expect(ids({ q: "watercolor" })[0]).toBe("sty_watercolor");
    expect(ids({ q: "watercolours" })[0]).toBe("sty_watercolours");
    expect(ids({ q: "harbor" })).toEqual(["sty_watercolours"]);
    expect(ids({ q: "gray" })).toEqual(["sty_noir"]);
  });

  it("forgives one typo in a word of five letters or more, only when the word matches nothing", () => {
    expect(ids({ q: "noirr" })).toEqual(["sty_noir"]);
    expect(ids({ q: "silvr" })).toEqual(["sty_noir"]);
    // four letters: too short to guess
    expect(ids({ q: "nior" })).toEqual([]);
  });

  it("knows the words people use for recipe kinds, models and compounds", () => {
    expect(ids({ q: "niji" })).toEqual(["sty_niji"]);
    expect(ids({ q: "moodboard" })).toEqual(["sty_niji"]);
    expect(ids({ q: "mood board" })).toEqual(["sty_niji"]);
    expect(ids({ q: "prompt" })).toEqual(["sty_prompt"]);
    expect(ids({ q: "sref noir" })).toEqual(["sty_noir"]);
    expect(ids({ q: "scifi" }).sort()).toEqual(["sty_noir", "sty_prompt"]);
    expect(ids({ q: "sci-fi" }).sort()).toEqual(["sty_noir", "sty_prompt"]);
  });

  it("suggests the nearest words when nothing matches, and shorter queries when the words do not meet", () => {
    expect(suggestQueries(catalog, "wtercolr")).toContain("watercolor");
    expect(suggestQueries(catalog, "noir bloom")).toEqual(["bloom", "noir"]);
    expect(suggestQueries(catalog, "zzzzzzzz")).toEqual([]);
  });
});

describe("sorts and filters", () => {
  it("filters by recipe kind", () => {
    expect(ids({ kind: "moodboard" })).toEqual(["sty_niji"]);
    expect(ids({ kind: "prompt" })).toEqual(["sty_prompt"]);
  });

  it("sorts newest first, also a search", () => {
    expect(ids({ sort: "newest" })).toEqual([
      "sty_niji",
      "sty_noir",
      "sty_watercolours",
      "sty_watercolor",
      "sty_prompt",
    ]);
    expect(ids({ q: "watercolor", sort: "newest" })).toEqual(["sty_watercolours", "sty_watercolor"]);
  });

  it("sorts by how many accounts like a style, ties newest first", () => {
    const counts = new Map([
      ["sty_prompt", 5],
      ["sty_watercolor", 2],
    ]);
    const popularity: Popularity = { version: "1", likersOf: (id) => counts.get(id) ?? 0 };
    expect(ids({ sort: "popular" }, popularity)).toEqual([
      "sty_prompt",
      "sty_watercolor",
      "sty_niji",
      "sty_noir",
      "sty_watercolours",
    ]);
  });

  it("shuffles by a seed: the same seed the same order, other seeds other orders", () => {
    const once = ids({ sort: "random", seed: "a1" });
    expect(ids({ sort: "random", seed: "a1" })).toEqual(once);
    expect([...once].sort()).toEqual(ids({ sort: "newest" }).sort());
    const orders = new Set(
      ["b", "c", "d", "e", "f", "g"].map((seed) => ids({ sort: "random", seed }).join()),
    );
    expect(orders.size).toBeGreaterThan(3);
  });

  it("ranks by a palette, leaving out styles that share no colour with it", () => {
    expect(ids({ palette: "f4f2ed:60,ea7fb0:40" })).toEqual(["sty_watercolor"]);
    expect(ids({ palette: "141414" })).toEqual(["sty_noir"]);
  });
});

describe("palette queries", () => {
  it("reads 1 to 5 colours with optional weights, and writes them back the one way", () => {
    expect(parsePalette("#1E9A93:50, f4f2ed")).toEqual([
      { hex: "1e9a93", weight: 50 },
      { hex: "f4f2ed", weight: 1 },
    ]);
    expect(formatPalette(parsePalette("1e9a93:1,f4f2ed:30") ?? [])).toBe("1e9a93,f4f2ed:30");
    for (const bad of [
      "",
      "red",
      "1e9a9",
      "1e9a93:0",
      "1e9a93:101",
      "1,2,3,4,5,6",
      "111111,222222,333333,444444,555555,666666",
    ])
      expect(parsePalette(bad)).toBeUndefined();
  });
});
