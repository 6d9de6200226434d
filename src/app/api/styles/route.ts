import { catalogContext } from "@/server/context";
import { methodNotAllowed, parseOrThrow, route, searchParamsToObject } from "@/server/http";
import { catalogJson } from "@/server/respond";
import { viewerOf } from "@/server/viewer";
import { listStylesInput } from "@/services/styles/inputs";
import { listStyles } from "@/services/styles/list-styles";

export const GET = route(async (request) => {
  const viewer = await viewerOf(request);
  const input = parseOrThrow(listStylesInput, searchParamsToObject(new URL(request.url).searchParams));
  const { items, nextCursor } = listStyles(catalogContext(viewer), input);
  return catalogJson({ items, nextCursor }, viewer);
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
