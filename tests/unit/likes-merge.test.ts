import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyOps,
  clampOps,
  type LikeEntry,
  type LikeOp,
  likedImages,
  mergeStates,
  pruneTombstones,
  stateOf,
  TOMBSTONE_TTL_MS,
} from "@/domain/likes/merge";

const images = ["img_a", "img_b", "img_c", "img_d"];
const op = fc.record({
  imageId: fc.constantFrom(...images),
  liked: fc.boolean(),
  at: fc.integer({ min: 0, max: 50 }), // few distinct times, so ties happen
});
const ops = fc.array(op, { maxLength: 30 });
const state = ops.map(stateOf);

const asObject = (s: ReadonlyMap<string, LikeEntry>) =>
  Object.fromEntries([...s].sort(([a], [b]) => (a < b ? -1 : 1)));

/** The person's actions replayed in time order (ties: unlike last), the last one per image standing. */
function model(all: readonly LikeOp[]): Record<string, LikeEntry> {
  const ordered = [...all].sort((a, b) => a.at - b.at || Number(b.liked) - Number(a.liked));
  const result: Record<string, LikeEntry> = {};
  for (const { imageId, liked, at } of ordered) result[imageId] = { liked, at };
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe("likes merge", () => {
  it("is commutative", () => {
    fc.assert(
      fc.property(state, state, (a, b) => {
        expect(asObject(mergeStates(a, b))).toEqual(asObject(mergeStates(b, a)));
      }),
    );
  });

  it("is associative", () => {
    fc.assert(
      fc.property(state, state, state, (a, b, c) => {
        expect(asObject(mergeStates(mergeStates(a, b), c))).toEqual(
          asObject(mergeStates(a, mergeStates(b, c))),
        );
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(state, ops, (a, more) => {
        const once = applyOps(a, more);
        expect(asObject(applyOps(once, more))).toEqual(asObject(once));
        expect(asObject(mergeStates(a, a))).toEqual(asObject(a));
      }),
    );
  });

  it("equals the person's actions replayed in time order, whatever order and duplicates they arrive in", () => {
    fc.assert(
      fc.property(ops, fc.array(fc.nat()), (all, shuffleSeed) => {
        const arrived = [...all, ...all.filter((_, i) => shuffleSeed.includes(i))].sort(
          (a, b) =>
            ((a.at * 7 + images.indexOf(a.imageId)) % 5) - ((b.at * 7 + images.indexOf(b.imageId)) % 5),
        );
        expect(asObject(stateOf(arrived))).toEqual(model(all));
      }),
    );
  });

  it("never lets a stale replay undo a newer action, and lets a re-like after an unlike win", () => {
    const liked = stateOf([{ imageId: "img_a", liked: true, at: 10 }]);
    const unliked = applyOps(liked, [{ imageId: "img_a", liked: false, at: 20 }]);
    expect(likedImages(applyOps(unliked, [{ imageId: "img_a", liked: true, at: 10 }]))).toEqual([]);
    expect(likedImages(applyOps(unliked, [{ imageId: "img_a", liked: true, at: 30 }]))).toEqual([
      { imageId: "img_a", likedAt: 30 },
    ]);
  });

  it("clamps times from the future to now", () => {
    expect(clampOps([{ imageId: "img_a", liked: true, at: 5_000 }], 1_000)).toEqual([
      { imageId: "img_a", liked: true, at: 1_000 },
    ]);
  });

  it("keeps tombstones 90 days, likes forever", () => {
    const s = stateOf([
      { imageId: "img_a", liked: false, at: 0 },
      { imageId: "img_b", liked: true, at: 0 },
    ]);
    expect([...pruneTombstones(s, TOMBSTONE_TTL_MS - 1).keys()].sort()).toEqual(["img_a", "img_b"]);
    expect([...pruneTombstones(s, TOMBSTONE_TTL_MS).keys()]).toEqual(["img_b"]);
  });
});
