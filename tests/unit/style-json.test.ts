import { describe, expect, it } from "vitest";
import { localImages } from "@/adapters/images/local";
import { ANONYMOUS, type Viewer } from "@/domain/entitlements";
import type { CatalogContext } from "@/services/context";
import { listStylesInput } from "@/services/styles/inputs";
import { listStyles, listStylesJson } from "@/services/styles/list-styles";
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

describe("the API's JSON of a page of styles, from each style's kept JSON", () => {
  it("is exactly the page listStyles presents, page after page", () => {
    const first = listStylesInput.parse({ limit: "2" });
    const body = JSON.parse(Buffer.concat(listStylesJson(ctx(ANONYMOUS), first)).toString());
    const { items, nextCursor } = listStyles(ctx(ANONYMOUS), first);
    expect(body).toEqual({ items, nextCursor });
    const second = listStylesInput.parse({ limit: "2", cursor: nextCursor });
    expect(JSON.parse(Buffer.concat(listStylesJson(ctx(ANONYMOUS), second)).toString())).toEqual({
      items: listStyles(ctx(ANONYMOUS), second).items,
      nextCursor: null,
    });
  });

  it("never hands a Pro recipe kept for a Pro member to anyone else", () => {
    const input = listStylesInput.parse({});
    const recipeOf = (viewer: Viewer) =>
      (
        JSON.parse(Buffer.concat(listStylesJson(ctx(viewer), input)).toString()).items as {
          id: string;
          recipe?: unknown;
        }[]
      ).find((s) => s.id === "sty_proone")?.recipe;
    expect(recipeOf(pro)).toBeDefined();
    expect(recipeOf(ANONYMOUS)).toBeUndefined();
    expect(recipeOf(free)).toBeUndefined();
    expect(recipeOf(pro)).toBeDefined();
  });
});
