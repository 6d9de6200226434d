import { requireUser } from "@/server/auth";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { likesContext } from "@/server/likes";
import { readOptionalJson } from "@/server/request";
import { imageIdSchema, setLikeInput } from "@/services/likes/inputs";
import { likeImage, syncLikes } from "@/services/likes/sync-likes";

type Context = { params: Promise<{ imageId: string }> };

/**
 * PUT likes the image (404 when the catalog does not have it), DELETE unlikes it (also one
 * since removed); an optional body {at} says when the person acted.
 */
function setLike(liked: boolean) {
  return route(async (request: Request, context: Context) => {
    const user = await requireUser(request);
    const imageId = parseOrThrow(imageIdSchema, (await context.params).imageId);
    const { at } = parseOrThrow(setLikeInput, await readOptionalJson(request));
    const when = at ?? Date.now();
    const view = liked
      ? await likeImage(likesContext(), { userId: user.id, imageId, at: when })
      : await syncLikes(likesContext(), { userId: user.id, ops: [{ imageId, liked: false, at: when }] });
    return privateJson(view);
  });
}

export const PUT = setLike(true);
export const DELETE = setLike(false);
export const GET = methodNotAllowed(["PUT", "DELETE"]);
