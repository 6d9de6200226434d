import { requireUser } from "@/server/auth";
import { boardsContext } from "@/server/boards";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { readJson } from "@/server/request";
import { listBoards } from "@/services/boards/apply-board-ops";
import { createBoard } from "@/services/boards/change-board";
import { boardNameInput } from "@/services/boards/inputs";

export const GET = route(async (request) => {
  const user = await requireUser(request);
  return privateJson(await listBoards(boardsContext(), { userId: user.id }));
});

export const POST = route(async (request) => {
  const user = await requireUser(request);
  const { name } = parseOrThrow(boardNameInput, await readJson(request));
  return privateJson(await createBoard(boardsContext(), { userId: user.id, name }), { status: 201 });
});

export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = PUT;
export const DELETE = PUT;
