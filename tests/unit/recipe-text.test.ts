import { describe, expect, it } from "vitest";
import { buildRecipe } from "@/domain/catalog/recipe";
import { cardCode, recipePieces } from "@/ui/recipe-text";

describe("recipe pieces", () => {
  it("keeps each flag with its value and joins back to the exact text", () => {
    const text = "a lighthouse in fog,  cyanotype --sref 2847163095 118::2 --v 6.1 --tile --chaos 10";
    const pieces = recipePieces(text);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.flag).map((p) => p.text)).toEqual([
      "--sref 2847163095",
      "--v 6.1",
      "--tile",
      "--chaos 10",
    ]);
  });

  it("joins back exactly for texts with leading, trailing or repeated spaces", () => {
    for (const text of [" --v 7", "--ar 3:2 ", "x  --stylize   400  y", "", "--"]) {
      expect(
        recipePieces(text)
          .map((p) => p.text)
          .join(""),
      ).toBe(text);
    }
  });
});

describe("card code", () => {
  it("shows the first code whole and counts the rest", () => {
    const recipe = buildRecipe({
      source: { kind: "sref", codes: ["2847163095", "118::2", "77"], params: {} },
      model: "v7",
    });
    expect(cardCode(recipe)).toBe("--sref 2847163095 +2");
  });

  it("shows a single code, a moodboard code or the prompt as they are", () => {
    expect(
      cardCode(buildRecipe({ source: { kind: "sref", codes: ["703560"], params: {} }, model: "v7" })),
    ).toBe("--sref 703560");
    expect(
      cardCode(buildRecipe({ source: { kind: "moodboard", code: "k7qx2mb", params: {} }, model: "v7" })),
    ).toBe("--p k7qx2mb");
    expect(
      cardCode(buildRecipe({ source: { kind: "prompt", prompt: "a fox", params: {} }, model: "v7" })),
    ).toBe("a fox");
  });
});
