/**
 * Boards: named collections of images, local-first like likes (domain/likes/merge). A
 * person's boards are a map of last-writer-wins registers, one per fact:
 *
 * - `n:<board>`: the board's name;
 * - `d:<board>`: the board was deleted (a deleted board stays deleted: a later rename or
 *   add, replayed from a device that had not heard of it, does not bring it back);
 * - `i:<board>:<image>`: "1" while the image is on the board, "0" once taken off.
 *
 * Merging keeps, per key, the entry with the later time; on a tie the smaller value (so
 * taking an image off wins a tie, as an unlike does). That makes merging commutative,
 * associative and idempotent: devices that saw the same actions in any order, with any
 * repeats, hold the same boards, and a stale replay never undoes a newer action.
 */

export const BOARD_ID_PATTERN = /^brd_[a-z0-9]{10,32}$/;

export const BOARD_LIMITS = {
  boards: 100,
  imagesPerBoard: 1000,
  nameLength: 60,
} as const;

/** Removals and deleted boards are kept this long, so a device offline that long still converges. */
export const BOARD_TOMBSTONE_TTL_MS = 90 * 24 * 60 * 60 * 1000;

export interface BoardEntry {
  key: string;
  value: string;
  /** when the person acted, ms since the epoch */
  at: number;
}

export type BoardOp =
  | { op: "name"; boardId: string; name: string; at: number }
  | { op: "delete"; boardId: string; at: number }
  | { op: "add" | "remove"; boardId: string; imageId: string; at: number };

export interface Board {
  id: string;
  name: string;
  /** newest first */
  imageIds: string[];
  /** the latest action on the board */
  updatedAt: number;
}

export function entryOf(op: BoardOp): BoardEntry {
  switch (op.op) {
    case "name":
      return { key: `n:${op.boardId}`, value: op.name, at: op.at };
    case "delete":
      return { key: `d:${op.boardId}`, value: "", at: op.at };
    case "add":
    case "remove":
      return { key: `i:${op.boardId}:${op.imageId}`, value: op.op === "add" ? "1" : "0", at: op.at };
  }
}

/** Which of two entries for one key wins: the later; on a tie, the smaller value. */
export function winner(a: BoardEntry, b: BoardEntry): BoardEntry {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return atMostByCodePoint(a.value, b.value) ? a : b;
}

/**
 * `a <= b` by code point, which is the order of their UTF-8 bytes, as both stores compare. JS's
 * own `<=` compares UTF-16 units, which sorts U+E000 to U+FFFF after every character above U+FFFF:
 * a browser and a store would then disagree on a tie between, say, "！" and "😀".
 */
function atMostByCodePoint(a: string, b: string): boolean {
  for (let i = 0; ; ) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(i);
    if (x === undefined) return true;
    if (y === undefined) return false;
    if (x !== y) return x < y;
    i += x > 0xffff ? 2 : 1;
  }
}

export function mergeEntries(...lists: readonly Iterable<BoardEntry>[]): Map<string, BoardEntry> {
  const merged = new Map<string, BoardEntry>();
  for (const list of lists) {
    for (const entry of list) {
      const current = merged.get(entry.key);
      merged.set(entry.key, current ? winner(current, entry) : entry);
    }
  }
  return merged;
}

function boardOfKey(key: string): string {
  return key.split(":")[1] ?? "";
}

/** The boards the entries describe: named, not deleted, most recently changed first. */
export function boardsOf(entries: Iterable<BoardEntry>): Board[] {
  const names = new Map<string, string>();
  const deleted = new Set<string>();
  const updated = new Map<string, number>();
  const images = new Map<string, { imageId: string; at: number }[]>();
  for (const entry of entries) {
    const boardId = boardOfKey(entry.key);
    updated.set(boardId, Math.max(updated.get(boardId) ?? 0, entry.at));
    if (entry.key.startsWith("n:")) names.set(boardId, entry.value);
    else if (entry.key.startsWith("d:")) deleted.add(boardId);
    else if (entry.value === "1") {
      const imageId = entry.key.slice(entry.key.indexOf(":", 2) + 1);
      const list = images.get(boardId) ?? [];
      list.push({ imageId, at: entry.at });
      images.set(boardId, list);
    }
  }
  const boards: Board[] = [];
  for (const [id, name] of names) {
    if (deleted.has(id)) continue;
    const onBoard = (images.get(id) ?? []).sort((a, b) => b.at - a.at || (a.imageId < b.imageId ? -1 : 1));
    boards.push({ id, name, imageIds: onBoard.map((i) => i.imageId), updatedAt: updated.get(id) ?? 0 });
  }
  return boards.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
}

/**
 * The keys that may be forgotten at `now`: removals older than the tombstone time, and
 * every entry of a board deleted longer ago than that.
 */
export function forgettable(entries: Iterable<BoardEntry>, now: number): string[] {
  const cutoff = now - BOARD_TOMBSTONE_TTL_MS;
  const all = [...entries];
  const goneBoards = new Set(
    all.filter((e) => e.key.startsWith("d:") && e.at < cutoff).map((e) => boardOfKey(e.key)),
  );
  return all
    .filter(
      (e) =>
        goneBoards.has(boardOfKey(e.key)) || (e.key.startsWith("i:") && e.value === "0" && e.at < cutoff),
    )
    .map((e) => e.key);
}

/**
 * Why a change from `before` to `after` breaks a limit, or undefined. Only growth past a
 * limit breaks it: someone over a limit (lowered since) may still remove and rename.
 */
export function limitBroken(before: readonly Board[], after: readonly Board[]): string | undefined {
  if (after.length > BOARD_LIMITS.boards && after.length > before.length)
    return `you can keep at most ${BOARD_LIMITS.boards} boards`;
  const sizeBefore = new Map(before.map((b) => [b.id, b.imageIds.length]));
  const full = after.find(
    (b) => b.imageIds.length > BOARD_LIMITS.imagesPerBoard && b.imageIds.length > (sizeBefore.get(b.id) ?? 0),
  );
  if (full)
    return `a board holds at most ${BOARD_LIMITS.imagesPerBoard} images (“${full.name}” would have more)`;
  return undefined;
}

/** A board name as kept: trimmed, inner whitespace as single spaces. */
export function cleanBoardName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

/** A name as the browser keeps it: cleaned as the server cleans it, and cut to the limit between characters. */
export function fitBoardName(name: string): string {
  const cut = cleanBoardName(name).slice(0, BOARD_LIMITS.nameLength);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1).trimEnd() : cut.trimEnd();
}

/** Half of a character (a UTF-16 surrogate without its pair): the stores would keep it as U+FFFD. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDFFF]/u.test(text);
}
