import { describe, expect, it } from "vitest";
import { localImages } from "@/adapters/images/local";
import { ANONYMOUS, type Viewer } from "@/domain/entitlements";
import { stylesPageJson } from "@/server/respond";
import type { CatalogContext } from "@/services/context";
import { listStylesInput } from "@/services/styles/inputs";
import { listStyleRecords, listStyles } from "@/services/styles/list-styles";
import { fixtureCatalog, fixtureStyle } from "../support/catalog-fixture";

const catalog = fixtureCatalog([
  fixtureStyle({ id: "sty_freeone", tier: "free", publishedAt: "2026-03-01T00:00:00.000Z" }),
  fixtureStyle({
    id: "sty_proone",
    tier: "pro",
    publishedAt: "2026-04-01T00:00:00.000Z",
    recipe: { kind: "sref", codes: ["1234567890"], params: {} },
  }),
  fixtureStyle({ id: "sty_freetwo", tier: "free", publishedAt: "2026-05-01T00:00:00.000Z" }),
]);
const images = localImages();
const pro: Viewer = { kind: "member", userId: "usr_pro", plan: "pro" };
const free: Viewer = { kind: "member", userId: "usr_free", plan: "free" };
const ctx = (viewer: Viewer): CatalogContext => ({ catalog, images, viewer });

/** The API's answer for a page, as the route sends it (each style's JSON kept at the edge). */
async function apiPage(viewer: Viewer, query: Record<string, string>) {
  const input = listStylesInput.parse(query);
  return (await stylesPageJson(ctx(viewer), listStyleRecords(ctx(viewer), input)).text()) as string;
}

describe("the API's JSON of a page of styles, from each style's kept JSON", () => {
  it("is byte for byte the page listStyles presents, page after page", async () => {
    const first = listStylesInput.parse({ limit: "2" });
    const { items, nextCursor } = listStyles(ctx(ANONYMOUS), first);
    expect(await apiPage(ANONYMOUS, { limit: "2" })).toBe(JSON.stringify({ items, nextCursor }));
    expect(await apiPage(ANONYMOUS, { limit: "2" })).toBe(JSON.stringify({ items, nextCursor }));
    const second = { limit: "2", cursor: nextCursor as string };
    expect(await apiPage(ANONYMOUS, second)).toBe(
      JSON.stringify({
        items: listStyles(ctx(ANONYMOUS), listStylesInput.parse(second)).items,
        nextCursor: null,
      }),
    );
  });

  it("never hands a Pro recipe kept for a Pro member to anyone else", async () => {
    const recipeOf = async (viewer: Viewer) =>
      (JSON.parse(await apiPage(viewer, {})).items as { id: string; recipe?: unknown }[]).find(
        (s) => s.id === "sty_proone",
      )?.recipe;
    expect(await recipeOf(pro)).toBeDefined();
    expect(await recipeOf(ANONYMOUS)).toBeUndefined();
    expect(await recipeOf(free)).toBeUndefined();
    expect(await recipeOf(pro)).toBeDefined();
  });
});
