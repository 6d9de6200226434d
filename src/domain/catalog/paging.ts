import { z } from "zod";
import { compareKeys, type RankedStyle } from "./search";

/** Where a page ended: the sort key and id of its last style. Opaque to clients. */
export interface CursorPosition {
  key: readonly number[];
  id: string;
}

const cursorSchema = z.strictObject({
  k: z.array(z.number().finite()).min(1).max(4),
  i: z.string().regex(/^sty_[a-z0-9]{6,32}$/),
});

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify({ k: position.key, i: position.id })).toString("base64url");
}

/** Returns undefined for anything that is not a cursor this code made. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? { key: parsed.data.k, id: parsed.data.i } : undefined;
  } catch {
    return undefined;
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Keyset paging: the page holds the `limit` results strictly after `after`. */
export function pageAfter(
  ranked: readonly RankedStyle[],
  after: CursorPosition | undefined,
  limit: number,
): Page<RankedStyle> {
  let start = 0;
  if (after) {
    let low = 0;
    let high = ranked.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const entry = ranked[mid] as RankedStyle;
      if (compareKeys(entry.key, entry.entry.style.id, after.key, after.id) <= 0) low = mid + 1;
      else high = mid;
    }
    start = low;
  }
  const items = ranked.slice(start, start + limit);
  const last = items.at(-1);
  const hasMore = start + limit < ranked.length;
  return {
    items,
    nextCursor: hasMore && last ? encodeCursor({ key: last.key, id: last.entry.style.id }) : null,
  };
}
