import { z } from "zod";
import { STYLE_ID_PATTERN } from "./schema";
import { compareKeys, type RankedStyle } from "./search";

/**
 * Where a page ended: the sort key and id of its last style, and the scope of the
 * search it belongs to (see searchScope). Opaque to clients.
 */
export interface CursorPosition {
  key: readonly number[];
  id: string;
  scope: string;
}

const cursorSchema = z.strictObject({
  k: z.array(z.number().finite()).min(1).max(4),
  i: z.string().regex(STYLE_ID_PATTERN),
  s: z.string().regex(/^[0-9a-f]{8}$/),
});

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify({ k: position.key, i: position.id, s: position.scope })).toString(
    "base64url",
  );
}

/** Returns undefined for anything that is not a cursor this code made. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? { key: parsed.data.k, id: parsed.data.i, scope: parsed.data.s } : undefined;
  } catch {
    return undefined;
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** how many results come after this page */
  remaining: number;
}

/** Keyset paging: the page holds the `limit` results of `ranked` (a list of `scope`) strictly after `after`. */
export function pageAfter(
  ranked: readonly RankedStyle[],
  scope: string,
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
    nextCursor: hasMore && last ? encodeCursor({ key: last.key, id: last.entry.style.id, scope }) : null,
    remaining: Math.max(0, ranked.length - start - items.length),
  };
}
