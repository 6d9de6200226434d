import type { Store } from "@/adapters/store/port";
import {
  type Board,
  type BoardEntry,
  type BoardOp,
  boardsOf,
  entryOf,
  forgettable,
  limitBroken,
  mergeEntries,
} from "@/domain/boards/boards";
import type { Catalog } from "@/domain/catalog/catalog";
import type { Clock } from "../auth/context";
import { ConflictError, NotFoundError } from "../errors";

export interface BoardsContext {
  store: Store;
  catalog: Catalog;
  clock: Clock;
}

export interface BoardsView {
  boards: Board[];
}

/** What a sync answers: the boards, and every entry, for a browser to merge with its own. */
export interface SyncedBoards extends BoardsView {
  entries: BoardEntry[];
}

/** Times from the future count as now: a wrong clock must not make an action unbeatable. */
function clamp(ops: readonly BoardOp[], now: number): BoardOp[] {
  return ops.map((op) => (op.at > now ? { ...op, at: now } : op));
}

/**
 * Merges a person's board actions into their boards. Adding an image the catalog does not
 * have is left out (as a like of one is); a batch that would break a limit changes nothing.
 * With `existing`, that board must be one of the person's (else a 404, and nothing changes).
 */
export async function applyBoardOps(
  ctx: BoardsContext,
  input: { userId: string; ops: readonly BoardOp[]; existing?: string },
): Promise<SyncedBoards> {
  const now = ctx.clock.now();
  const ops = clamp(
    input.ops.filter((op) => op.op !== "add" || ctx.catalog.imageIds.has(op.imageId)),
    now,
  );
  const current = await ctx.store.boards.get(input.userId);
  const before = boardsOf(current);
  if (input.existing && !before.some((board) => board.id === input.existing))
    throw new NotFoundError(`no board with id ${input.existing}`);
  const entries = ops.map(entryOf);
  const merged = mergeEntries(current, entries);
  const broken = limitBroken(before, boardsOf(merged.values()));
  if (broken) throw new ConflictError("limit_reached", `${broken}.`);
  const forget = new Set(forgettable(merged.values(), now));
  const stored = await ctx.store.boards.apply(
    input.userId,
    entries,
    [...merged.values()].filter((entry) => forget.has(entry.key)),
  );
  return { boards: boardsOf(stored), entries: stored };
}

export async function listBoards(ctx: BoardsContext, input: { userId: string }): Promise<BoardsView> {
  return { boards: boardsOf(await ctx.store.boards.get(input.userId)) };
}
