import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageAfter } from "@/domain/catalog/paging";
import type { StyleRecord } from "@/domain/catalog/schema";
import { searchScope, searchStyles } from "@/domain/catalog/search";
import { fixtureCatalog, fixtureStyle } from "../support/catalog-fixture";

const words = ["noir", "neon", "clay", "pastel", "ink", "dusk"] as const;

const styleArbitrary = (index: number) =>
  fc
    .record({
      day: fc.integer({ min: 1, max: 5 }), // few distinct dates, so ties are common
      title: fc.subarray([...words], { minLength: 1, maxLength: 3 }),
      tags: fc.subarray([...words], { maxLength: 2 }),
    })
    .map(
      ({ day, title, tags }): StyleRecord =>
        fixtureStyle({
          id: `sty_p${String(index).padStart(5, "0")}`,
          title: title.join(" "),
          tags,
          publishedAt: `2026-01-0${day}T00:00:00.000Z`,
        }),
    );

const catalogArbitrary = fc
  .integer({ min: 0, max: 60 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => styleArbitrary(i))));

describe("cursor paging", () => {
  it("walks every result exactly once, in order, for any page size and query", () => {
    fc.assert(
      fc.property(
        catalogArbitrary,
        fc.integer({ min: 1, max: 13 }),
        fc.option(fc.constantFrom(...words), { nil: undefined }),
        (styles, limit, q) => {
          const ranked = searchStyles(fixtureCatalog(styles), { q });
          const scope = searchScope({ q }, "v1");
          const seen: string[] = [];
          let cursor: string | null = null;
          let pages = 0;
          do {
            const page = pageAfter(ranked, scope, cursor ? decodeCursor(cursor) : undefined, limit);
            seen.push(...page.items.map((r) => r.entry.style.id));
            expect(page.items.length).toBeLessThanOrEqual(limit);
            expect(page.remaining).toBe(ranked.length - seen.length);
            cursor = page.nextCursor;
            pages += 1;
          } while (cursor && pages < 100);
          expect(seen).toEqual(ranked.map((r) => r.entry.style.id));
          expect(new Set(seen).size).toBe(seen.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("has no next cursor on the last page", () => {
    const catalog = fixtureCatalog([fixtureStyle({ id: "sty_only001" })]);
    expect(pageAfter(searchStyles(catalog, {}), searchScope({}, "v1"), undefined, 5).nextCursor).toBeNull();
  });

  it("round-trips a cursor and rejects anything else", () => {
    const position = { key: [12, 1700000000000], id: "sty_abc123", scope: "0a1b2c3d" };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    for (const bad of [
      "",
      "not a cursor",
      "eyJ9",
      Buffer.from('{"k":[],"i":"sty_abc123"}').toString("base64url"),
      "a".repeat(500),
    ]) {
      expect(decodeCursor(bad)).toBeUndefined();
    }
  });

  it("gives each search its own scope, so a cursor cannot be replayed on another", () => {
    expect(searchScope({ q: "Noir  noir" }, "v1")).toBe(searchScope({ q: "noir" }, "v1"));
    expect(searchScope({ q: "a noir look" }, "v1")).toBe(searchScope({ q: "noir" }, "v1"));
    expect(searchScope({ q: "noir" }, "v1")).not.toBe(searchScope({ q: "noir", tier: "free" }, "v1"));
    expect(searchScope({}, "v1")).not.toBe(searchScope({ category: "anime" }, "v1"));
    // a new catalog (a deploy) may order the same search otherwise: its cursors are its own
    expect(searchScope({}, "v1")).not.toBe(searchScope({}, "v2"));
  });
});
