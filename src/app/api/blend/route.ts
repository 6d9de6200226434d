import { catalogContext } from "@/server/context";
import { methodNotAllowed, parseOrThrow, route, searchParamsToObject } from "@/server/http";
import { catalogJson } from "@/server/respond";
import { viewerOf } from "@/server/viewer";
import { blendInput, blendStyles } from "@/services/styles/blend-styles";

/** GET /api/blend?s=sty_a:2,sty_b:1 → {recipe, dropped, styles}; a catalog read like /api/styles. */
export const GET = route(async (request) => {
  const viewer = await viewerOf(request);
  const input = parseOrThrow(blendInput, searchParamsToObject(new URL(request.url).searchParams));
  return catalogJson(blendStyles(catalogContext(viewer), input), viewer);
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
