import { describe, expect, it } from "vitest";
import { paletteWeights } from "@/client/image-palette";
import { randomSeed } from "@/client/random-seed";
import { colorDistance } from "@/domain/color/color";
import { paletteOfPixels } from "@/domain/color/pixel-palette";
import { filtersQuery } from "@/server/page-query";
import { surpriseStyle } from "@/services/styles/surprise-style";
import { activeFilters } from "@/ui/search/active-filters";
import { SEARCH_KEY_ORDER, searchHref } from "@/ui/search/search-href";
import { fixtureCatalog, fixtureStyle } from "../support/catalog-fixture";

const fields = (entries: Record<string, string>) => Object.entries(entries);

describe("the search page's address for a form", () => {
  it("leaves out empty fields and page cursors, and drops a colour's #", () => {
    expect(
      searchHref(
        fields({ q: " neon ", category: "", model: "v7", color: "#1E9A93", cursor: "abc" }),
        () => "x",
      ),
    ).toBe("/search?q=neon&model=v7&color=1e9a93");
    expect(searchHref(fields({ q: "", category: "" }), () => "x")).toBe("/search");
  });

  it("puts the filters in the order of the page's own links, so one search has one address", () => {
    const all = {
      q: "neon",
      category: "anime",
      model: "v7",
      tier: "free",
      ar: "1:1",
      color: "teal",
      kind: "sref",
      sort: "random",
      seed: "abc",
      palette: "1e9a93",
    } as const;
    expect([...new URLSearchParams(filtersQuery(all)).keys()]).toEqual([...SEARCH_KEY_ORDER]);
    const reversed = Object.entries(all).reverse();
    expect(searchHref(reversed, () => "x")).toBe(`/search?${filtersQuery(all)}`);
  });

  it("gives a random order a fresh seed, keeps the one it has, and drops it for any other order", () => {
    expect(searchHref(fields({ sort: "random" }), () => "fresh1")).toBe("/search?sort=random&seed=fresh1");
    expect(searchHref(fields({ sort: "random", seed: "kept" }), () => "fresh1")).toBe(
      "/search?sort=random&seed=kept",
    );
    expect(searchHref(fields({ sort: "newest", seed: "kept" }), () => "fresh1")).toBe("/search?sort=newest");
  });
});

describe("a random seed", () => {
  it("is 8 lowercase letters or digits, and new each time", () => {
    const seeds = new Set(Array.from({ length: 50 }, randomSeed));
    for (const seed of seeds) expect(seed).toMatch(/^[a-z0-9]{8}$/);
    expect(seeds.size).toBe(50);
  });
});

describe("active filters as chips", () => {
  it("names each filter and links to the search without it, each word on its own", () => {
    const query = "q=neon+city&category=cinematic&tier=free&sort=random&seed=abc&color=teal";
    const chips = activeFilters(
      { q: "neon city", category: "cinematic", tier: "free", sort: "random", seed: "abc", color: "teal" },
      query,
    );
    expect(chips.map((c) => [c.kind, c.value, c.href])).toEqual([
      ["Word", "neon", "/search?q=city&category=cinematic&tier=free&sort=random&seed=abc&color=teal"],
      ["Word", "city", "/search?q=neon&category=cinematic&tier=free&sort=random&seed=abc&color=teal"],
      ["Category", "Cinematic", "/search?q=neon+city&tier=free&sort=random&seed=abc&color=teal"],
      ["Access", "Free recipes", "/search?q=neon+city&category=cinematic&sort=random&seed=abc&color=teal"],
      ["Sort", "Random", "/search?q=neon+city&category=cinematic&tier=free&color=teal"],
      ["Colour", "teal", "/search?q=neon+city&category=cinematic&tier=free&sort=random&seed=abc"],
    ]);
    expect(chips.find((c) => c.kind === "Colour")?.colors).toEqual(["#1e9a93"]);
  });

  it("shows a palette's colours, and the last filter's chip leads to the bare search page", () => {
    const [chip] = activeFilters({ palette: "1e9a93:60,f4f2ed:40" }, "palette=1e9a93%3A60%2Cf4f2ed%3A40");
    expect(chip).toMatchObject({ kind: "Palette", value: "2 colours", href: "/search" });
    expect(chip?.colors).toEqual(["#1e9a93", "#f4f2ed"]);
    expect(activeFilters({}, "")).toEqual([]);
  });
});

describe("a picture's palette for the address", () => {
  it("reads the main colours of raw pixels and their shares", () => {
    // three quarters teal, one quarter near-white, packed RGB
    const pixels = new Uint8Array(64 * 3);
    for (let i = 0; i < 64; i++) pixels.set(i < 48 ? [30, 154, 147] : [244, 242, 237], i * 3);
    const palette = paletteOfPixels(pixels, 3);
    expect(palette).toHaveLength(2);
    expect(colorDistance(palette[0]?.color as string, "#1e9a93")).toBeLessThan(0.02);
    expect(palette[0]?.share).toBeCloseTo(0.75, 2);
  });

  it("turns shares into whole weights 1-100, the five largest colours", () => {
    expect(
      paletteWeights([
        { color: "#1E9A93", share: 0.5 },
        { color: "#f4f2ed", share: 0.3 },
        { color: "#141414", share: 0.1 },
        { color: "#d8352f", share: 0.06 },
        { color: "#3f6fb8", share: 0.035 },
        { color: "#7a5aa8", share: 0.005 },
      ]),
    ).toEqual([
      { hex: "1e9a93", weight: 50 },
      { hex: "f4f2ed", weight: 30 },
      { hex: "141414", weight: 10 },
      { hex: "d8352f", weight: 6 },
      { hex: "3f6fb8", weight: 4 },
    ]);
    expect(paletteWeights([{ color: "#000000", share: 0.001 }])).toEqual([{ hex: "000000", weight: 1 }]);
  });
});

describe("a surprise style", () => {
  const catalog = fixtureCatalog([
    fixtureStyle({ id: "sty_free01", tier: "free" }),
    fixtureStyle({ id: "sty_pro001", tier: "pro" }),
    fixtureStyle({ id: "sty_pro002", tier: "pro" }),
  ]);

  it("is of the asked tier even when the draws keep missing it", () => {
    const alwaysPro = (n: number) => (n === 3 ? 1 : 0);
    expect(surpriseStyle({ catalog }, { tier: "free" }, alwaysPro)?.id).toBe("sty_free01");
    expect(surpriseStyle({ catalog }, { tier: "pro" }, () => 2)?.id).toBe("sty_pro002");
  });

  it("may be any style without a tier, and none of an empty catalog", () => {
    expect(surpriseStyle({ catalog }, {}, () => 1)?.id).toBe("sty_pro001");
    expect(surpriseStyle({ catalog: fixtureCatalog([]) }, { tier: "free" }, () => 0)).toBeUndefined();
  });
});
