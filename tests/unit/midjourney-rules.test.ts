import { describe, expect, it } from "vitest";
import { imagePromptProblems, promptParams, recipeProblems } from "@/domain/catalog/midjourney-rules";
import { buildRecipe } from "@/domain/catalog/recipe";
import type { RecipeSource } from "@/domain/catalog/schema";

const sref = (params: RecipeSource["params"] = {}): RecipeSource => ({
  kind: "sref",
  codes: ["2478013"],
  params,
});
const messages = (recipe: RecipeSource, model: Parameters<typeof recipeProblems>[1]) =>
  recipeProblems(recipe, model).map((p) => `${p.field}: ${p.message}`);

describe("Midjourney's rules for recipes", () => {
  it("accepts a V7 sref with --sv 6 or --sv 4, and every parameter V7 knows", () => {
    expect(messages(sref({ sv: 6, sw: 200, stylize: 250, style: "raw", exp: 10, quality: 2 }), "v7")).toEqual(
      [],
    );
    expect(messages(sref({ sv: 4 }), "v7")).toEqual([]);
  });

  it("refuses sref and moodboard codes before V6, naming the rule", () => {
    expect(messages(sref(), "v5.2")).toEqual([
      "model: style-reference codes (--sref) need V6 or later (V6, V6.1, Niji 6, V7); V5.2 does not read them",
    ]);
    expect(messages({ kind: "moodboard", code: "abc1234", params: {} }, "v5.2")[0]).toContain(
      "moodboard and profile codes (--p) need V6 or later",
    );
    expect(
      messages({ kind: "prompt", prompt: "a quiet harbour at dusk", params: { style: "raw" } }, "v5.2"),
    ).toEqual([]);
  });

  it("knows which --sv values read numeric codes on each model", () => {
    expect(messages(sref({ sv: 5 }), "v7")).toEqual([
      "recipe.params.sv: --sv 5 does not read numeric style codes on V7; use --sv 4 or --sv 6",
    ]);
    expect(messages(sref({ sv: 6 }), "v6.1")[0]).toContain(
      "--sv 6 does not read numeric style codes on V6.1",
    );
    expect(messages(sref({ sv: 3 }), "niji6")).toEqual([]);
  });

  it("knows which parameters each model has, and that --sv and --sw belong to sref codes", () => {
    expect(messages(sref({ exp: 20 }), "v6.1")).toEqual([
      "recipe.params.exp: --exp works only with V7, not V6.1",
    ]);
    expect(messages(sref({ stop: 50 }), "v7")[0]).toContain("--stop works only with V6.1, V6, Niji 6, V5.2");
    expect(messages(sref({ quality: 4 }), "v6")[0]).toContain("--q 4 is not a quality V6 takes");
    expect(messages({ kind: "moodboard", code: "abc1234", params: { sw: 100 } }, "v7")).toEqual([
      "recipe.params.sw: --sw applies to style-reference codes only",
    ]);
  });

  it("writes new parameters into the recipe text, --tile as a switch", () => {
    expect(buildRecipe(sref({ style: "raw", tile: true, ar: "4:5" }), "v7").text).toBe(
      "--sref 2478013 --v 7 --style raw --tile --ar 4:5",
    );
  });
});

describe("image prompts", () => {
  it("splits the subject from the parameters written after it", () => {
    expect(promptParams("a red fox in snow --style raw --ar 2:3")).toEqual({
      subject: "a red fox in snow",
      params: [
        { flag: "--style", value: "raw" },
        { flag: "--ar", value: "2:3" },
      ],
    });
    expect(promptParams("")).toEqual({ subject: "", params: [] });
  });

  it("accepts documented parameters, names one it does not know", () => {
    expect(imagePromptProblems("a fox --raw --s 250 --no text", sref(), false)).toEqual([]);
    expect(imagePromptProblems("a fox --magic 3", sref(), false)).toEqual([
      "--magic is not a Midjourney parameter this catalog knows",
    ]);
  });

  it("refuses a Pro style's own code in a prompt (it is shown to everyone); a free style's is fine", () => {
    expect(imagePromptProblems("a fox --sref 2478013 --sv 4", sref(), true)[0]).toContain(
      "it holds this Pro style's code (--sref 2478013)",
    );
    expect(imagePromptProblems("a fox --sref 2478013", sref(), false)).toEqual([]);
    const moodboard: RecipeSource = { kind: "moodboard", code: "abc1234", params: {} };
    expect(imagePromptProblems("a fox --p abc1234", moodboard, true)).toHaveLength(1);
  });
});
