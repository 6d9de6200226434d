import { requireUser } from "@/server/auth";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { likesContext } from "@/server/likes";
import { readJson } from "@/server/request";
import { MAX_SYNC_OPS, syncLikesInput } from "@/services/likes/inputs";

/** room for a full batch of ops (about 80 bytes each) and a little more, so an oversized batch gets its own clear 400 */
const SYNC_BODY_LIMIT = (MAX_SYNC_OPS + 100) * 128;

import { syncLikes } from "@/services/likes/sync-likes";

export const POST = route(async (request) => {
  const user = await requireUser(request);
  const input = parseOrThrow(syncLikesInput, await readJson(request, SYNC_BODY_LIMIT));
  return privateJson(await syncLikes(likesContext(), { userId: user.id, ops: input.ops }));
});

export const GET = methodNotAllowed(["POST"]);
