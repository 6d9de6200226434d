import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createCatalog } from "@/domain/catalog/catalog";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { checkBudgets } from "../../scripts/bench/budgets";
import { cpuTicks, stolenPercent } from "../../scripts/bench/fresh/cpu-steal";
import { syntheticCatalog } from "../../scripts/bench/synthetic-catalog";

describe("benchmark budgets", () => {
  it("names each figure over a max, under a min, or not measured, and passes the rest", () => {
    const budgets = {
      $comment: "ignored",
      "api.p99Ms": { max: 25 },
      "likes.ratio": { min: 0.3 },
      "html.ratio": { min: 0.5 },
      "lighthouse.cls": { max: 0.01 },
    };
    expect(
      checkBudgets({ "api.p99Ms": 25, "likes.ratio": 0.3, "html.ratio": 0.9, "lighthouse.cls": 0 }, budgets),
    ).toEqual([]);
    expect(
      checkBudgets({ "api.p99Ms": 26, "likes.ratio": 0.29, "lighthouse.cls": Number.NaN }, budgets),
    ).toEqual([
      "api.p99Ms: 26 > 25",
      "likes.ratio: 0.29 < 0.3",
      "html.ratio: not measured",
      "lighthouse.cls: not measured",
    ]);
  });

  it("keeps the committed budgets file readable by the check", () => {
    const budgets = JSON.parse(readFileSync("bench/budgets.json", "utf8"));
    expect(checkBudgets({}, budgets).length).toBe(
      Object.keys(budgets).filter((k) => !k.startsWith("$")).length,
    );
  });
});

describe("synthetic catalog", () => {
  it("grows the demo catalog to the asked number of images, valid and with unique ids and slugs", () => {
    const source = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
    const big = syntheticCatalog(source, 2_000);
    const images = big.styles.reduce((n, s) => n + s.images.length, 0);
    expect(images).toBeGreaterThanOrEqual(2_000);
    expect(images).toBeLessThan(2_000 + 9);
    // createCatalog throws on any duplicate style id, slug or image id
    expect(createCatalog(big, (s) => s).styles.length).toBe(big.styles.length);
    expect(syntheticCatalog(source, 2_000)).toEqual(big);
  });
});

describe("bench server settings", () => {
  it("start the server with the same V8 memory settings as npm start", async () => {
    const { SERVER_NODE_OPTIONS } = await import("../../scripts/bench/server");
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toContain(`NODE_OPTIONS="${SERVER_NODE_OPTIONS} `);
  });
});

describe("bench search queries", () => {
  it("are distinct searches made of the catalog's own words", async () => {
    const { benchQueries } = await import("../../scripts/bench/queries");
    const demo = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
    const queries = benchQueries(demo, 400);
    expect(queries).toHaveLength(400);
    expect(new Set(queries).size).toBe(400);
    const { searchStyles } = await import("@/domain/catalog/search");
    const catalog = createCatalog(demo, (slug) => slug);
    const found = queries.filter((q) => searchStyles(catalog, { q }).length > 0).length;
    expect(found / queries.length).toBeGreaterThan(0.9);
  });
});

describe("Lighthouse CPU calibration", () => {
  it("slows this machine down to the phone Lighthouse's default 4x aims at, within 1x to 10x", async () => {
    const { cpuSlowdownFor } = await import("../../scripts/bench/lighthouse");
    expect(cpuSlowdownFor(1750)).toBe(4);
    expect(cpuSlowdownFor(1150)).toBe(2.6);
    expect(cpuSlowdownFor(300)).toBe(1);
    expect(cpuSlowdownFor(9000)).toBe(10);
  });
});

describe("CPU taken by the host", () => {
  it("is the stolen share of the ticks between two readings", () => {
    expect(stolenPercent({ total: 1000, stolen: 50 }, { total: 2000, stolen: 330 })).toBe(28);
    expect(stolenPercent({ total: 1000, stolen: 50 }, { total: 1000, stolen: 50 })).toBeUndefined();
    expect(stolenPercent(undefined, { total: 1000, stolen: 50 })).toBeUndefined();
  });

  it.skipIf(process.platform !== "linux")("reads this machine's ticks, which only grow", () => {
    const first = cpuTicks();
    if (!first) throw new Error("no /proc/stat");
    const later = cpuTicks();
    expect(later?.total).toBeGreaterThanOrEqual(first.total);
    expect(first.stolen).toBeLessThanOrEqual(first.total);
  });
});
