import { describe, expect, it } from "vitest";
import { buildRecipe, withSubject } from "@/domain/catalog/recipe";

describe("recipe text", () => {
  it("puts the sref codes first, then the model and parameters", () => {
    const recipe = buildRecipe({
      source: { kind: "sref", codes: ["2847163095", "118::2"], params: { ar: "3:2", sv: 4, stylize: 250 } },
      model: "v7",
      codeVersion: 4,
    });
    expect(recipe.text).toBe("--sref 2847163095 118::2 --v 7 --sv 4 --stylize 250 --ar 3:2");
    expect(recipe.code).toBe("--sref 2847163095 118::2");
    expect(recipe.chips.map((c) => c.flag)).toEqual(["--v", "--sv", "--stylize", "--ar"]);
  });

  it("writes moodboard codes as --p and niji models as --niji", () => {
    const recipe = buildRecipe({
      source: { kind: "moodboard", code: "k7qx2mb", params: { stylize: 400 } },
      model: "niji6",
    });
    expect(recipe.text).toBe("--p k7qx2mb --niji 6 --stylize 400");
  });

  it("starts a prompt recipe with the prompt itself", () => {
    const recipe = buildRecipe({
      source: {
        kind: "prompt",
        prompt: "  a lighthouse in fog, cyanotype  ",
        params: { ar: "16:9", chaos: 10 },
      },
      model: "v6.1",
    });
    expect(recipe.text).toBe("a lighthouse in fog, cyanotype --v 6.1 --chaos 10 --ar 16:9");
    expect(recipe.code).toBeUndefined();
    expect(recipe.prompt).toBe("a lighthouse in fog, cyanotype");
  });
});

describe("your subject in every Copy", () => {
  const sref = { kind: "sref" as const, text: "--sref 123 --v 7" };
  it("goes in front of a code recipe's flags, whitespace folded, and nowhere when empty", () => {
    expect(withSubject(sref, "a red fox")).toBe("a red fox --sref 123 --v 7");
    expect(withSubject(sref, "  a red\n fox  ")).toBe("a red fox --sref 123 --v 7");
    expect(withSubject(sref, "   ")).toBe("--sref 123 --v 7");
    expect(withSubject({ kind: "moodboard", text: "--p abc12 --v 7" }, "a cat")).toBe(
      "a cat --p abc12 --v 7",
    );
  });

  it("replaces the part a prompt recipe marks as its subject, or goes in front of the prompt", () => {
    const marked = {
      kind: "prompt" as const,
      text: "a mechanic at dusk, manga, cel shading --v 6.1",
      subject: "a mechanic at dusk",
    };
    expect(withSubject(marked, "a fox at $& dawn")).toBe("a fox at $& dawn, manga, cel shading --v 6.1");
    const unmarked = { kind: "prompt" as const, text: "manga, cel shading --v 6.1" };
    expect(withSubject(unmarked, "a fox")).toBe("a fox, manga, cel shading --v 6.1");
  });

  it("keeps at most 200 characters of a subject", () => {
    expect(withSubject(sref, "x".repeat(300))).toBe(`${"x".repeat(200)} --sref 123 --v 7`);
  });
});
