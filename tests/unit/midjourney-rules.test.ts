import { describe, expect, it } from "vitest";
import { type RecipeSpec, recipeSpec, writeRecipe } from "@/domain/catalog/recipe";
import { imagePromptProblems, recipeProblems, testedProblems } from "@/domain/catalog/recipe-rules";
import type { RecipeSource } from "@/domain/catalog/schema";
import { modelBit, worksOnMask } from "@/domain/catalog/works-on";
import { MODEL_TABLE } from "@/domain/midjourney/models";
import { PARAM_NAMES, PARAMETERS } from "@/domain/midjourney/parameters";
import type { ModelRow, Source } from "@/domain/midjourney/row";
import { SOURCES } from "@/domain/midjourney/sources";
import { promptParams } from "@/domain/midjourney/values";
import {
  CURRENT_MODELS,
  DEFAULT_MODEL,
  MODEL_IDS,
  type ModelId,
  modelOfFlag,
  parseModel,
} from "@/domain/midjourney/versions";
import { fixtureCatalog, fixtureStyle } from "../support/catalog-fixture";

const ROWS: readonly ModelRow[] = MODEL_TABLE;
const sref = (params: RecipeSource["params"] = {}, codes = ["2478013"]): RecipeSource => ({
  kind: "sref",
  codes,
  params,
});
const moodboard: RecipeSource = { kind: "moodboard", code: "abc1234", params: {} };
const messages = (recipe: RecipeSource, model: ModelId | undefined) =>
  recipeProblems(recipe, model).map((p) => `${p.field}: ${p.message}`);
const text = (spec: RecipeSpec, target?: ModelId) => {
  const written = writeRecipe(spec, target);
  return written.ok ? written.recipe.text : `refused: ${written.reason}`;
};

describe("the model table: a row per model", () => {
  it("holds every model from V5.2 to V8.2 and Niji 6 and 7", () => {
    expect(MODEL_IDS).toEqual(["v5.2", "v6", "niji6", "v6.1", "v7", "niji7", "v8", "v8.1", "v8.2"]);
  });

  it("says V8.2 is today's default: the model that became the default last", () => {
    expect(DEFAULT_MODEL.id).toBe("v8.2");
    expect(CURRENT_MODELS.map((row) => row.id)).toEqual(["v8.2", "v8.1", "niji7", "v7", "niji6"]);
  });

  describe.each(ROWS.map((row) => [row.label, row] as const))("%s", (_label, row) => {
    it("cites dated sources, and says where it took the conservative reading", () => {
      expect(row.sources.length).toBeGreaterThan(0);
      for (const key of row.sources) {
        const source: Source = SOURCES[key];
        expect(source.url).toMatch(/^https:\/\//);
        expect(source.read).toMatch(/^2026-\d\d-\d\d$/);
        expect(source.says.length).toBeGreaterThan(10);
      }
      const byMidjourney = row.sources.some((key) => SOURCES[key].by === "Midjourney");
      if (!byMidjourney) expect(row.caution ?? "").not.toBe("");
    });

    it("is picked by its own flag, and people's spellings of it parse to it", () => {
      expect(modelOfFlag(row.flag, row.value)?.id).toBe(row.id);
      expect(parseModel(row.label)).toBe(row.id);
      expect(parseModel(`${row.flag} ${row.value}`)).toBe(row.id);
      expect(Date.parse(row.released)).not.toBeNaN();
    });

    it("names only parameters Midjourney has, and profiles of models the table holds", () => {
      for (const name of [...Object.keys(row.params), ...Object.keys(row.disputed ?? {})])
        expect(PARAM_NAMES).toContain(name);
      for (const id of row.profiles?.reads ?? []) expect(MODEL_IDS).toContain(id);
      for (const name of ["fast", "relax", "turbo"] as const) expect(row.params[name]).toBe(true);
    });

    it("reads a style code only where it has style references, with an --sv it takes", () => {
      const written = writeRecipe({ source: sref(), model: "v6", codeVersion: 4 }, row.id as ModelId);
      expect(written.ok).toBe(row.styleReferences?.codeVersions.includes(4) === true);
      if (row.styleReferences && row.params.sv !== true && row.params.sv && "values" in row.params.sv)
        for (const version of row.styleReferences.codeVersions)
          expect(row.params.sv.values).toContain(version);
    });
  });
});

describe("people's spellings of a model", () => {
  it.each([
    ["V7", "v7"],
    ["7", "v7"],
    ["5.2", "v5.2"],
    ["v8.0", "v8"],
    ["niji 6", "niji6"],
    ["Niji7", "niji7"],
    ["--v 8.2", "v8.2"],
    ["V9", undefined],
    ["niji 5", undefined],
  ])("%s is %s", (written, id) => expect(parseModel(written)).toBe(id));
});

describe("recipes Midjourney would refuse", () => {
  it("accepts a V7 code with --sv 6 or 4 and what V7 takes", () => {
    expect(messages(sref({ sv: 6, sw: 200, stylize: 250, style: "raw", exp: 10, quality: 2 }), "v7")).toEqual(
      [],
    );
    expect(messages(sref({ sv: 4 }), "v7")).toEqual([]);
  });

  it("refuses codes where the model reads none, naming the rule", () => {
    expect(messages(sref(), "v5.2")).toEqual([
      "model: style-reference codes (--sref) need V6 or later; V5.2 reads none",
    ]);
    expect(messages(moodboard, "v5.2")[0]).toContain("V5.2 reads none");
  });

  it("knows which --sv reads numeric codes on each model", () => {
    expect(messages(sref({ sv: 5 }), "v7")).toEqual([
      "recipe.params.sv: --sv 5 does not read numeric style codes on V7; use --sv 4 or --sv 6",
    ]);
    expect(messages(sref({ sv: 3 }), "niji6")).toEqual([]);
    expect(messages(sref(), "v8.2")).toEqual([
      "recipe.params.sv: V8.2 reads numeric codes only with --sv 4 or --sv 6 written out; add sv",
    ]);
    expect(messages(sref({ sv: 6 }), "v8.2")).toEqual([]);
  });

  it("refuses weights on each code where the model does not read them", () => {
    expect(messages(sref({ sv: 6 }, ["111::2", "222"]), "v8.2")).toEqual([
      "recipe.codes: V8.2 does not read a weight on each style code (::); leave the weights out",
    ]);
    expect(messages(sref({ sv: 6 }, ["111::2", "222"]), "v7")).toEqual([]);
  });

  it("knows each model's parameters and values, and leaves disputed ones out of recipes", () => {
    expect(messages(sref({ sv: 4, exp: 20 }), "v6.1")).toEqual([
      "recipe.params.exp: --exp is not a parameter V6.1 takes",
    ]);
    expect(messages(sref({ sv: 6, stop: 50 }), "v7")[0]).toContain(
      "sources disagree whether V7 takes --stop",
    );
    expect(messages(sref({ sv: 4, quality: 4 }), "v6")).toEqual([
      "recipe.params.quality: --q takes 0.25, 0.5 or 1 on V6",
    ]);
    expect(messages(sref({ sv: 6, quality: 2 }), "v8.2")[0]).toContain(
      "sources disagree whether V8.2 takes --q",
    );
    expect(messages({ kind: "moodboard", code: "abc1234", params: { sw: 100 } }, "v7")).toEqual([
      "recipe.params.sw: --sw applies to style-reference codes only",
    ]);
  });

  it("checks a recipe with no model against every model", () => {
    expect(messages(sref({ stop: 50 }), undefined)).toEqual([]);
    expect(messages(sref({ quality: 0.25, exp: 5 }), undefined)).toEqual([]);
    expect(messages(sref({ sv: 9 }), undefined)[0]).toContain("--sv 9: no model takes it");
  });

  it("keeps a prompt recipe's parameters out of its prompt, and its words from contradicting", () => {
    const prompt = (text: string): RecipeSource => ({ kind: "prompt", prompt: text, params: {} });
    expect(messages(prompt("a harbour at dusk --ar 3:2"), "v7")).toEqual([
      "recipe.prompt: parameters go in params, not in the prompt (found --ar)",
    ]);
    expect(messages(prompt("a street, Tri-X black and white, red and black palette"), "v7")[0]).toMatch(
      /^recipe\.prompt: .*black and white.*red/i,
    );
  });

  it("refuses a model it was tried on that cannot read it", () => {
    const style = {
      recipe: moodboard,
      model: "v8.2" as const,
      tested: [{ model: "v7" as const, date: "2026-03" }],
    };
    expect(testedProblems(style)).toEqual([
      {
        field: "tested.0.model",
        message: "it cannot work on V7: its code is a V8.2 profile, which V7 does not read",
      },
    ]);
  });
});

describe("image prompts", () => {
  const style = { recipe: sref({ sv: 6 }), model: "v7" as const, tier: "free" as const };

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

  it("takes what people paste from Midjourney: references, weights, speed and repeats", () => {
    const pasted =
      "a knight --oref https://cdn.example/k.png --ow 250 --iw 1.5 --draft --r 4 --personalize --fast --turbo --relax --s 250 --no text --raw";
    expect(imagePromptProblems(pasted, style)).toEqual([]);
    const v6 = { ...style, recipe: sref({ sv: 4 }), model: "v6" as const };
    expect(
      imagePromptProblems("a knight --cref https://cdn.example/k.png --cw 40 --q .5 --stop 80", v6),
    ).toEqual([]);
  });

  it("accepts a parameter sources disagree on (someone ran it), never one the model lacks", () => {
    const v82 = { ...style, model: "v8.2" as const };
    expect(imagePromptProblems("a fox --q 4 --no text --tile", v82)).toEqual([]);
    expect(imagePromptProblems("a fox --cref https://cdn.example/a.png", v82)).toEqual([
      "--cref is not a parameter V8.2 takes",
    ]);
  });

  it("names a flag Midjourney does not have, and a value out of range", () => {
    expect(imagePromptProblems("a fox --magic 3", style)).toEqual(["--magic is not a Midjourney parameter"]);
    expect(imagePromptProblems("a fox --s 5000 --chaos 101", style)).toEqual([
      "--stylize takes whole numbers 0 to 1000",
      "--chaos takes whole numbers 0 to 100",
    ]);
    expect(imagePromptProblems("a fox --sref 7000364272", style)).toEqual([
      "--sref 7000364272 is not a style code: codes are 1 to 4,294,967,295",
    ]);
  });

  it("refuses a --v or --niji that is not the style's model", () => {
    expect(imagePromptProblems("a fox --niji 6", style)).toEqual([
      "--niji 6 is Niji 6, but this style is V7",
    ]);
    expect(imagePromptProblems("a fox --v 7", style)).toEqual([]);
    expect(imagePromptProblems("a fox --v 9", style)).toEqual([
      "--v 9 is not a model version this catalog knows",
    ]);
    expect(imagePromptProblems("a fox --niji 6", { ...style, model: undefined })).toEqual([]);
  });

  it("refuses a Pro style's own code in a prompt (it is shown to everyone); a free style's is fine", () => {
    expect(imagePromptProblems("a fox --sref 2478013 --sv 4", { ...style, tier: "pro" })[0]).toContain(
      "it holds this Pro style's code (--sref 2478013)",
    );
    expect(imagePromptProblems("a fox --sref 2478013", style)).toEqual([]);
    expect(
      imagePromptProblems("a fox --p abc1234", { recipe: moodboard, model: "v7", tier: "pro" }),
    ).toHaveLength(1);
  });

  it("knows every spelling of every parameter", () => {
    for (const name of PARAM_NAMES)
      for (const flag of PARAMETERS[name].flags) expect(promptParams(`x ${flag}`).params[0]?.flag).toBe(flag);
  });
});

describe("what the review found", () => {
  const style = { recipe: sref({ sv: 6 }), tier: "free" as const };

  it("checks a prompt of a style with no model against the prompt's own --v or --niji", () => {
    expect(imagePromptProblems("a cat --v 8.2 --cref https://x.io/a.png", style)).toEqual([
      "--cref is not a parameter V8.2 takes",
    ]);
    expect(imagePromptProblems("a cat --v 7 --niji 7", style)).toEqual([
      "it names two models (--v 7 and --niji 7); a prompt runs on one",
    ]);
  });

  it("reads a bare --niji as the newest Niji", () => {
    expect(imagePromptProblems("a cat --niji", { ...style, model: "niji7" })).toEqual([]);
    expect(parseModel("niji")).toBe("niji7");
  });

  it("accepts a value sources disagree on in a prompt, never in a recipe", () => {
    expect(imagePromptProblems("a cat --q .5", { ...style, model: "v7" })).toEqual([]);
    expect(imagePromptProblems("a cat --sref 123 --sv 7", { ...style, model: "v8.2" })).toEqual([]);
    expect(messages(sref({ sv: 6, quality: 0.5 }), "v7")).toEqual([
      "recipe.params.quality: --q takes 1, 2 or 4 on V7",
    ]);
  });

  it("refuses --sv or --sw in a prompt with no style reference", () => {
    expect(
      imagePromptProblems("a cat --p abc1234 --sv 4", { recipe: moodboard, model: "v7", tier: "free" }),
    ).toEqual(["--sv applies to style references, and this prompt has no --sref"]);
  });

  it("sees a Pro code written with leading zeros", () => {
    const pro = { recipe: sref({}, ["123"]), model: "v6" as const, tier: "pro" as const };
    expect(imagePromptProblems("a cat --sref 0123", pro)[0]).toContain("it holds this Pro style's code");
  });

  it("writes a code once when the weights that told two apart go", () => {
    expect(text(recipeSpec({ recipe: sref({ sv: 6 }, ["123::2", "123::1"]), model: "v7" }), "v8.2")).toBe(
      "--sref 123 --v 8.2 --sv 6",
    );
  });

  it("says when a V7 code's --sv is a reading: no test day says which default applied", () => {
    const written = writeRecipe(recipeSpec({ recipe: sref(), model: "v7" }));
    if (!written.ok) throw new Error(written.reason);
    expect(written.recipe.text).toBe("--sref 2478013 --v 7 --sv 6");
    expect(written.changes[0]?.why).toContain("does not say when it was tested");
    expect(written.changes[0]?.why).toContain("try --sv 4");
  });

  it("takes a style's model from its tests when it names none, dated by its first test there", () => {
    const spec = recipeSpec({
      recipe: sref(),
      tested: [
        { model: "v7", date: "2025-07-01" },
        { model: "v7", date: "2025-05-02" },
      ],
    });
    expect(spec.model).toBe("v7");
    expect(text(spec, "v8.2")).toBe("--sref 2478013 --v 8.2 --sv 4");
  });

  it("refuses a test before its model came out", () => {
    expect(
      testedProblems({
        recipe: sref({ sv: 6 }),
        model: "v8.2",
        tested: [{ model: "v8.2", date: "2026-03" }],
      }),
    ).toEqual([{ field: "tested.0.date", message: "V8.2 came out on 2026-07-24, after 2026-03" }]);
  });

  it("refuses, when the catalog loads, a recipe its own model cannot take", () => {
    const bad = fixtureStyle({ id: "sty_badsv1", recipe: sref({ sv: 2 }) });
    expect(() => fixtureCatalog([bad])).toThrow(
      "style style-badsv1 has a recipe its own model (v7) cannot take",
    );
  });
});

describe("Copy for my model", () => {
  const oldCode = recipeSpec({ recipe: sref({ stylize: 250 }), model: "v6" });
  const v7Code = recipeSpec({ recipe: sref({ stylize: 250 }), model: "v7" });

  it("writes a pre-June-2025 code for V8.2 with --v 8.2 --sv 4", () => {
    expect(text(oldCode, "v8.2")).toBe("--sref 2478013 --v 8.2 --sv 4 --stylize 250");
    expect(text(oldCode)).toBe("--sref 2478013 --v 6 --sv 4 --stylize 250");
    const written = writeRecipe(oldCode, "v8.2");
    expect(written.ok && written.changes.map((c) => c.short)).toEqual(["with --sv 4"]);
  });

  it("dates a V7 code by the day it was tested: before 16 June 2025 it is an --sv 4 code", () => {
    const march = recipeSpec({ recipe: sref(), model: "v7", tested: [{ model: "v7", date: "2025-05" }] });
    const july = recipeSpec({ recipe: sref(), model: "v7", tested: [{ model: "v7", date: "2025-07-01" }] });
    expect(text(march)).toBe("--sref 2478013 --v 7 --sv 4");
    expect(text(july)).toBe("--sref 2478013 --v 7 --sv 6");
    expect(text(v7Code, "niji7")).toBe("--sref 2478013 --niji 7 --sv 6 --stylize 250");
  });

  it("says plainly when a recipe cannot work on a model, instead of copying something broken", () => {
    expect(text(oldCode, "v5.2")).toBe("refused: V5.2 reads no style-reference codes (--sref came with V6)");
    const sv2 = recipeSpec({ recipe: sref({ sv: 2 }), model: "v6" });
    expect(text(sv2, "v7")).toBe(
      "refused: its code was made with --sv 2, and V7 reads codes only with --sv 4 or --sv 6",
    );
    const v8Board = recipeSpec({ recipe: moodboard, model: "v8.2" });
    expect(text(v8Board, "v7")).toBe("refused: its code is a V8.2 profile, which V7 does not read");
    expect(text(recipeSpec({ recipe: moodboard, model: "v7" }), "v8.2")).toBe("--p abc1234 --v 8.2");
  });

  it("leaves out, and names, what the model does not take", () => {
    const spec = recipeSpec({
      recipe: sref({ sv: 4, stop: 60, quality: 0.5, style: "raw" }, ["111::2", "222"]),
      model: "v6.1",
    });
    const written = writeRecipe(spec, "v8.2");
    if (!written.ok) throw new Error(written.reason);
    expect(written.recipe.text).toBe("--sref 111 222 --v 8.2 --sv 4 --raw");
    expect(written.changes.map((c) => c.short)).toEqual([
      "without weights",
      "with --sv 4",
      "without --q 0.5",
      "without --stop 60",
    ]);
  });

  it("writes a recipe with no model stated without a --v, and for a picked model with today's --sv", () => {
    const unknown = recipeSpec({ recipe: sref() });
    expect(text(unknown)).toBe("--sref 2478013");
    expect(text(unknown, "v8.2")).toBe("--sref 2478013 --v 8.2 --sv 6");
  });

  it("filters by what works: a V6 code works on V8.2, not on V5.2", () => {
    const mask = worksOnMask(oldCode);
    expect(mask & modelBit("v8.2")).not.toBe(0);
    expect(mask & modelBit("v5.2")).toBe(0);
  });
});
