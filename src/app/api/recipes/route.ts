import { catalogContext } from "@/server/context";
import { methodNotAllowed, parseOrThrow, privateJson, route, searchParamsToObject } from "@/server/http";
import { memberOf } from "@/server/viewer";
import { recipesInput } from "@/services/styles/inputs";
import { recipesFor } from "@/services/styles/recipes-for";

/** The recipes a signed-in member may see among the styles a page shows: `?ids=sty_a,sty_b`. */
export const GET = route(async (request) => {
  const viewer = await memberOf(request);
  const input = parseOrThrow(recipesInput, searchParamsToObject(new URL(request.url).searchParams));
  return privateJson(recipesFor(catalogContext(viewer), input));
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
