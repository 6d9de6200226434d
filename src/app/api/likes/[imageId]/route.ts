import { requireUser } from "@/server/auth";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { likesContext } from "@/server/likes";
import { readOptionalJson } from "@/server/request";
import { imageIdSchema, setLikeInput } from "@/services/likes/inputs";
import { setLike } from "@/services/likes/sync-likes";

interface ImageRouteContext {
  params: Promise<{ imageId: string }>;
}

/**
 * PUT likes the image (404 when the catalog does not have it), DELETE unlikes it (also one
 * since removed); an optional body {at} says when the person acted.
 */
function likeRoute(liked: boolean) {
  return route(async (request: Request, context: ImageRouteContext) => {
    const user = await requireUser(request);
    const imageId = parseOrThrow(imageIdSchema, (await context.params).imageId);
    const { at } = parseOrThrow(setLikeInput, await readOptionalJson(request));
    return privateJson(
      await setLike(likesContext(), { userId: user.id, imageId, liked, at: at ?? Date.now() }),
    );
  });
}

export const PUT = likeRoute(true);
export const DELETE = likeRoute(false);
export const GET = methodNotAllowed(["PUT", "DELETE"]);
