import { requireUser } from "@/server/auth";
import { boardsContext } from "@/server/boards";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { readJson } from "@/server/request";
import { applyBoardOps } from "@/services/boards/apply-board-ops";
import { MAX_BOARD_SYNC_OPS, syncBoardsInput } from "@/services/boards/inputs";

/** room for a full batch of ops (a name op is the largest, about 150 bytes) and a little more */
const SYNC_BODY_LIMIT = (MAX_BOARD_SYNC_OPS + 100) * 256;

/** A browser's queued board actions, merged; answers every board. */
export const POST = route(async (request) => {
  const user = await requireUser(request);
  const { ops } = parseOrThrow(syncBoardsInput, await readJson(request, SYNC_BODY_LIMIT));
  return privateJson(await applyBoardOps(boardsContext(), { userId: user.id, ops }));
});

export const GET = methodNotAllowed(["POST"]);
