import { describe, expect, it } from "vitest";
import { blendRecipes } from "@/domain/catalog/blend";
import { fixtureStyle } from "../support/catalog-fixture";

const neon = fixtureStyle({
  id: "sty_neon",
  title: "Neon",
  recipe: {
    kind: "sref",
    codes: ["111", "222::2"],
    params: { sv: 4, stylize: 100, ar: "16:9", quality: 2, tile: true },
  },
});
const clay = fixtureStyle({
  id: "sty_clay",
  title: "Clay",
  recipe: { kind: "sref", codes: ["333"], params: { sv: 4, stylize: 400, chaos: 10, ar: "1:1", quality: 1 } },
});

describe("blends", () => {
  it("weighs every code by its style's weight and merges the parameters by the documented rules", () => {
    const result = blendRecipes([
      { style: neon, weight: 1 },
      { style: clay, weight: 3 },
    ]);
    if (!result.ok) throw new Error(result.reason);
    // stylize: (100×1 + 400×3) / 4 = 325; chaos only from clay; ar from the heavier; --q differs: dropped
    expect(result.recipe.text).toBe(
      "--sref 111::1 222::2 333::3 --v 7 --sv 4 --stylize 325 --chaos 10 --tile --ar 1:1",
    );
    expect(result.dropped).toEqual(["--q"]);
  });

  it("refuses different models, different style versions, non-sref styles and the wrong number of styles, saying why", () => {
    const niji = fixtureStyle({ id: "sty_niji", title: "Niji", model: "niji6", recipe: neon.recipe });
    const sv6 = fixtureStyle({
      id: "sty_sv6",
      title: "Six",
      recipe: { kind: "sref", codes: ["9"], params: { sv: 6 } },
    });
    const board = fixtureStyle({
      id: "sty_mood",
      title: "Mood",
      recipe: { kind: "moodboard", code: "abcde", params: {} },
    });
    const reason = (parts: Parameters<typeof blendRecipes>[0]) => {
      const result = blendRecipes(parts);
      return result.ok ? "blended" : result.reason;
    };
    expect(
      reason([
        { style: neon, weight: 1 },
        { style: niji, weight: 1 },
      ]),
    ).toMatch(/different models \(V7 and Niji 6\).*“.+” on V7, “.+” on Niji 6/);
    expect(
      reason([
        { style: neon, weight: 1 },
        { style: sv6, weight: 1 },
      ]),
    ).toMatch(/--sv 4 and --sv 6\): “.+” --sv 4, “.+” --sv 6/);
    expect(
      reason([
        { style: neon, weight: 1 },
        { style: board, weight: 1 },
      ]),
    ).toContain("“Mood” is a moodboard recipe");
    expect(reason([{ style: neon, weight: 1 }])).toContain("2 to 4 styles");
  });
});
