import { randomBytes } from "node:crypto";
import type { Board, BoardOp } from "@/domain/boards/boards";
import { NotFoundError } from "../errors";
import { applyBoardOps, type BoardsContext } from "./apply-board-ops";

/** A new board id: 16 characters of [a-z0-9] after `brd_`. */
function newBoardId(): string {
  return `brd_${[...randomBytes(16)].map((byte) => (byte % 36).toString(36)).join("")}`;
}

/** Creates a board with this name; answers it. */
export async function createBoard(
  ctx: BoardsContext,
  input: { userId: string; name: string },
): Promise<Board> {
  const id = newBoardId();
  const { boards } = await applyBoardOps(ctx, {
    userId: input.userId,
    ops: [{ op: "name", boardId: id, name: input.name, at: ctx.clock.now() }],
  });
  const board = boards.find((b) => b.id === id);
  if (!board) throw new Error("a board just created is missing");
  return board;
}

/** One action on one of the person's boards; a board they do not have (or another person's) is a 404. */
export async function changeBoard(
  ctx: BoardsContext,
  input: { userId: string; boardId: string; op: BoardOp },
): Promise<Board | undefined> {
  if (input.op.op === "add" && !ctx.catalog.imageIds.has(input.op.imageId))
    throw new NotFoundError(`no image with id ${input.op.imageId}`);
  const { boards } = await applyBoardOps(ctx, {
    userId: input.userId,
    ops: [input.op],
    existing: input.boardId,
  });
  return boards.find((board) => board.id === input.boardId);
}
