import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { likedStyles, likerChanges } from "@/domain/likes/popularity";

const styleOf = (imageId: string) => (imageId.startsWith("x") ? undefined : `sty_${imageId[0]}`);
const images = ["a1", "a2", "b1", "b2", "c1", "x1"];

describe("popularity changes", () => {
  it("equal the difference of the styles an account likes before and after, whatever flipped", () => {
    const state = fc.dictionary(fc.constantFrom(...images), fc.boolean());
    fc.assert(
      fc.property(state, state, (beforeMap, afterMap) => {
        const before = Object.entries(beforeMap).map(([imageId, liked]) => ({ imageId, liked }));
        const after = Object.entries(afterMap).map(([imageId, liked]) => ({ imageId, liked }));
        // flipped: the liked state differs (absent counts as not liked); tombstones may be gone after
        const flipped = new Set(images.filter((id) => (beforeMap[id] ?? false) !== (afterMap[id] ?? false)));
        const was = likedStyles(before, styleOf);
        const now = likedStyles(after, styleOf);
        const expected = new Map<string, number>();
        for (const style of now) if (!was.has(style)) expected.set(style, 1);
        for (const style of was) if (!now.has(style)) expected.set(style, -1);
        expect(likerChanges(after, flipped, styleOf)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("count an account once per style and ignore images the catalog no longer has", () => {
    const state = [
      { imageId: "a1", liked: true },
      { imageId: "a2", liked: true },
      { imageId: "x1", liked: true },
      { imageId: "b1", liked: false },
    ];
    expect([...likedStyles(state, styleOf)]).toEqual(["sty_a"]);
  });
});
