import "server-only";
import type { StyleRecord } from "@/domain/catalog/schema";
import type { Viewer } from "@/domain/entitlements";
import type { CatalogContext } from "@/services/context";
import type { ListedPage } from "@/services/styles/list-styles";
import { CHANGING_READ_HEADERS, PRIVATE_CACHE_CONTROL, SHARED_READ_HEADERS } from "./cache-policy";
import { styleJson } from "./caches";

/**
 * A catalog read: shared-cacheable for an anonymous caller, private for a member. `Vary`
 * keeps a shared cache from answering a request with a token from an anonymous copy.
 */
export function catalogJson(body: unknown, viewer: Viewer): Response {
  return catalogJsonText(JSON.stringify(body), viewer);
}

/** `changing`: the answer follows more than the catalog (CHANGING_READ_HEADERS). */
function catalogJsonText(json: string, viewer: Viewer, changing = false): Response {
  const shared = changing ? CHANGING_READ_HEADERS : SHARED_READ_HEADERS;
  return new Response(json, {
    headers: {
      "Content-Type": "application/json",
      ...(viewer.kind === "anonymous" ? shared : { "Cache-Control": PRIVATE_CACHE_CONTROL }),
      Vary: "Authorization",
    },
  });
}

/**
 * A page of styles as the catalog API's `{items, nextCursor}` (and `suggestions` when a
 * search found nothing), each style's JSON from the edge's cache.
 */
export function stylesPageJson(
  ctx: CatalogContext,
  page: ListedPage<StyleRecord>,
  options: { changing?: boolean } = {},
): Response {
  const items = page.items.map((style) => styleJson(ctx, style)).join(",");
  const suggestions = page.suggestions ? `,"suggestions":${JSON.stringify(page.suggestions)}` : "";
  return catalogJsonText(
    `{"items":[${items}],"nextCursor":${JSON.stringify(page.nextCursor)}${suggestions}}`,
    ctx.viewer,
    options.changing,
  );
}
