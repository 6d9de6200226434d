import { requireUser } from "@/server/auth";
import { boardsContext } from "@/server/boards";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { readJson, readOptionalJson } from "@/server/request";
import { changeBoard } from "@/services/boards/change-board";
import { boardActionInput, boardIdSchema, boardNameInput } from "@/services/boards/inputs";

interface BoardRouteContext {
  params: Promise<{ id: string }>;
}

/** PATCH {name} renames the board; answers it. */
export const PATCH = route(async (request: Request, context: BoardRouteContext) => {
  const user = await requireUser(request);
  const boardId = parseOrThrow(boardIdSchema, (await context.params).id);
  const { name } = parseOrThrow(boardNameInput, await readJson(request));
  const board = await changeBoard(boardsContext(), {
    userId: user.id,
    boardId,
    op: { op: "name", boardId, name, at: Date.now() },
  });
  return privateJson(board);
});

/** DELETE removes the board (an optional body {at} says when the person acted); answers 204. */
export const DELETE = route(async (request: Request, context: BoardRouteContext) => {
  const user = await requireUser(request);
  const boardId = parseOrThrow(boardIdSchema, (await context.params).id);
  const { at } = parseOrThrow(boardActionInput, await readOptionalJson(request));
  await changeBoard(boardsContext(), {
    userId: user.id,
    boardId,
    op: { op: "delete", boardId, at: at ?? Date.now() },
  });
  return new Response(null, { status: 204 });
});

export const GET = methodNotAllowed(["PATCH", "DELETE"]);
export const POST = GET;
export const PUT = GET;
