import { catalogContext } from "@/server/context";
import { offerDirect } from "@/server/direct/handlers";
import { methodNotAllowed, parseOrThrow, route, searchParamsToObject } from "@/server/http";
import { catalogJsonPieces } from "@/server/respond";
import { viewerOf } from "@/server/viewer";
import { listStylesInput } from "@/services/styles/inputs";
import { listStylesJson } from "@/services/styles/list-styles";

export const GET = route(async (request) => {
  const viewer = await viewerOf(request);
  const input = parseOrThrow(listStylesInput, searchParamsToObject(new URL(request.url).searchParams));
  return catalogJsonPieces(listStylesJson(catalogContext(viewer), input), viewer);
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;

// server.mjs answers GET /api/styles with this handler, skipping Next's router
offerDirect({ listStyles: GET });
