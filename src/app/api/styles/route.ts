import { listContext } from "@/server/context";
import { methodNotAllowed, parseOrThrow, route, searchParamsToObject } from "@/server/http";
import { stylesPageJson } from "@/server/respond";
import { viewerOf } from "@/server/viewer";
import { listStylesInput } from "@/services/styles/inputs";
import { listStyleRecords } from "@/services/styles/list-styles";

export const GET = route(async (request) => {
  const viewer = await viewerOf(request);
  const input = parseOrThrow(listStylesInput, searchParamsToObject(new URL(request.url).searchParams));
  const ctx = await listContext(viewer, input);
  // sorted by popularity, the order follows people's likes, not only the deploy
  return stylesPageJson(ctx, listStyleRecords(ctx, input), { changing: input.sort === "popular" });
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
