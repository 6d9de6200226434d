import { requireUser } from "@/server/auth";
import { boardsContext } from "@/server/boards";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { readOptionalJson } from "@/server/request";
import { changeBoard } from "@/services/boards/change-board";
import { boardActionInput, boardIdSchema } from "@/services/boards/inputs";
import { imageIdSchema } from "@/services/likes/inputs";

interface BoardImageRouteContext {
  params: Promise<{ id: string; imageId: string }>;
}

/** PUT puts the image on the board (404 when the catalog does not have it), DELETE takes it off; answers the board. */
function boardImageRoute(op: "add" | "remove") {
  return route(async (request: Request, context: BoardImageRouteContext) => {
    const user = await requireUser(request);
    const params = await context.params;
    const boardId = parseOrThrow(boardIdSchema, params.id);
    const imageId = parseOrThrow(imageIdSchema, params.imageId);
    const { at } = parseOrThrow(boardActionInput, await readOptionalJson(request));
    const board = await changeBoard(boardsContext(), {
      userId: user.id,
      boardId,
      op: { op, boardId, imageId, at: at ?? Date.now() },
    });
    return privateJson(board);
  });
}

export const PUT = boardImageRoute("add");
export const DELETE = boardImageRoute("remove");
export const GET = methodNotAllowed(["PUT", "DELETE"]);
export const POST = GET;
export const PATCH = GET;
