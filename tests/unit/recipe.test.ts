import { describe, expect, it } from "vitest";
import { buildRecipe } from "@/domain/catalog/recipe";

describe("recipe text", () => {
  it("puts the sref codes first, then the model and parameters", () => {
    const recipe = buildRecipe(
      { kind: "sref", codes: ["2847163095", "118::2"], params: { ar: "3:2", sv: 4, stylize: 250 } },
      "v7",
    );
    expect(recipe.text).toBe("--sref 2847163095 118::2 --v 7 --sv 4 --stylize 250 --ar 3:2");
    expect(recipe.code).toBe("--sref 2847163095 118::2");
    expect(recipe.chips.map((c) => c.flag)).toEqual(["--v", "--sv", "--stylize", "--ar"]);
  });

  it("writes moodboard codes as --p and niji models as --niji", () => {
    const recipe = buildRecipe({ kind: "moodboard", code: "k7qx2mb", params: { stylize: 400 } }, "niji6");
    expect(recipe.text).toBe("--p k7qx2mb --niji 6 --stylize 400");
  });

  it("starts a prompt recipe with the prompt itself", () => {
    const recipe = buildRecipe(
      { kind: "prompt", prompt: "  a lighthouse in fog, cyanotype  ", params: { ar: "16:9", chaos: 10 } },
      "v6.1",
    );
    expect(recipe.text).toBe("a lighthouse in fog, cyanotype --v 6.1 --chaos 10 --ar 16:9");
    expect(recipe.code).toBeUndefined();
    expect(recipe.prompt).toBe("a lighthouse in fog, cyanotype");
  });
});
