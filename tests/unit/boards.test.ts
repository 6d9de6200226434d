import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BOARD_TOMBSTONE_TTL_MS,
  type BoardEntry,
  boardsOf,
  cleanBoardName,
  entryOf,
  fitBoardName,
  forgettable,
  hasLoneSurrogate,
  limitBroken,
  mergeEntries,
} from "@/domain/boards/boards";

const entry = fc.record({
  key: fc.constantFrom("n:brd_aaaaaaaaaa", "d:brd_aaaaaaaaaa", "i:brd_aaaaaaaaaa:img_1", "n:brd_bbbbbbbbbb"),
  value: fc.constantFrom("0", "1", "Neon", "Clay", ""),
  at: fc.integer({ min: 0, max: 20 }),
});
const sorted = (merged: Map<string, BoardEntry>) =>
  [...merged.values()].sort((a, b) => (a.key < b.key ? -1 : 1));

describe("board merging", () => {
  it("is commutative, associative and idempotent, so every device converges", () => {
    fc.assert(
      fc.property(fc.array(entry), fc.array(entry), fc.array(entry), (a, b, c) => {
        expect(sorted(mergeEntries(a, b))).toEqual(sorted(mergeEntries(b, a)));
        expect(sorted(mergeEntries([...mergeEntries(a, b).values()], c))).toEqual(
          sorted(mergeEntries(a, [...mergeEntries(b, c).values()])),
        );
        expect(sorted(mergeEntries(a, a))).toEqual(sorted(mergeEntries(a)));
      }),
      { numRuns: 300 },
    );
  });

  it("lets a stale replay lose, a removal win a tie, and a deleted board stay deleted", () => {
    const at = (ops: Parameters<typeof entryOf>[0][]) => [...mergeEntries(ops.map(entryOf)).values()];
    const board = "brd_aaaaaaaaaa";
    const merged = at([
      { op: "name", boardId: board, name: "Neon studies", at: 1 },
      { op: "add", boardId: board, imageId: "img_a", at: 2 },
      { op: "add", boardId: board, imageId: "img_b", at: 3 },
      { op: "remove", boardId: board, imageId: "img_b", at: 3 },
      { op: "name", boardId: board, name: "Old name", at: 0 },
    ]);
    expect(boardsOf(merged)).toEqual([
      { id: board, name: "Neon studies", imageIds: ["img_a"], updatedAt: 3 },
    ]);
    const deleted = [
      ...mergeEntries(
        merged,
        [entryOf({ op: "delete", boardId: board, at: 4 })],
        [entryOf({ op: "name", boardId: board, name: "Renamed later", at: 9 })],
      ).values(),
    ];
    expect(boardsOf(deleted)).toEqual([]);
  });

  it("lists boards most recently changed first, each image newest first", () => {
    const entries = [
      { key: "n:brd_aaaaaaaaaa", value: "A", at: 1 },
      { key: "i:brd_aaaaaaaaaa:img_1", value: "1", at: 2 },
      { key: "i:brd_aaaaaaaaaa:img_2", value: "1", at: 5 },
      { key: "n:brd_bbbbbbbbbb", value: "B", at: 3 },
    ];
    expect(boardsOf(entries).map((b) => [b.id, b.imageIds])).toEqual([
      ["brd_aaaaaaaaaa", ["img_2", "img_1"]],
      ["brd_bbbbbbbbbb", []],
    ]);
  });

  it("forgets old removals and every entry of a board deleted long ago, nothing newer", () => {
    const now = 10 * BOARD_TOMBSTONE_TTL_MS;
    const old = now - BOARD_TOMBSTONE_TTL_MS - 1;
    const entries = [
      { key: "n:brd_aaaaaaaaaa", value: "Gone", at: old - 5 },
      { key: "d:brd_aaaaaaaaaa", value: "", at: old },
      { key: "i:brd_aaaaaaaaaa:img_1", value: "1", at: now },
      { key: "n:brd_bbbbbbbbbb", value: "Kept", at: old },
      { key: "i:brd_bbbbbbbbbb:img_1", value: "0", at: old },
      { key: "i:brd_bbbbbbbbbb:img_2", value: "0", at: now - 1000 },
    ];
    expect(forgettable(entries, now).sort()).toEqual([
      "d:brd_aaaaaaaaaa",
      "i:brd_aaaaaaaaaa:img_1",
      "i:brd_bbbbbbbbbb:img_1",
      "n:brd_aaaaaaaaaa",
    ]);
  });

  it("names the limit a set of boards breaks", () => {
    const many = Array.from({ length: 101 }, (_, i) => ({
      id: `b${i}`,
      name: "x",
      imageIds: [],
      updatedAt: 0,
    }));
    expect(limitBroken(many.slice(0, 100), many)).toContain("at most 100 boards");
    expect(limitBroken([], many.slice(0, 100))).toBeUndefined();
    // already over (a limit lowered since): removing one is fine
    expect(limitBroken(many, many.slice(0, 100))).toBeUndefined();
    const full = [
      { id: "b", name: "Full", imageIds: Array.from({ length: 1001 }, (_, i) => `img_${i}`), updatedAt: 0 },
    ];
    expect(limitBroken([], full)).toContain("at most 1000 images");
    expect(limitBroken(full, full)).toBeUndefined();
    expect(cleanBoardName("  Neon \n  studies ")).toBe("Neon studies");
  });

  it("keeps a name as the server will: cleaned, and cut to the limit without halving a character", () => {
    expect(fitBoardName("  Neon \n  studies ")).toBe("Neon studies");
    const emojiAtTheLimit = `${"x".repeat(59)}\u{1F600}`;
    expect(fitBoardName(emojiAtTheLimit)).toBe("x".repeat(59));
    expect(hasLoneSurrogate(fitBoardName(emojiAtTheLimit))).toBe(false);
    expect(fitBoardName(`${"x".repeat(58)}\u{1F600}`)).toBe(`${"x".repeat(58)}\u{1F600}`);
    expect(hasLoneSurrogate("\uD800 board")).toBe(true);
    expect(hasLoneSurrogate("\u{1F600} board")).toBe(false);
  });
});
