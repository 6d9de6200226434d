import { describe, expect, it } from "vitest";
import { describeProblem } from "@/services/catalog/import-problems";
import { readImportMetadata } from "@/services/catalog/read-import-metadata";

const images = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `      - file: img-${i + 1}.png\n        alt: Picture number ${i + 1}`,
  ).join("\n");

/** One style, with `extra` lines added to it and `recipe` as its recipe block. */
function yaml({
  extra = "",
  recipe = '      kind: sref\n      codes: ["2478013"]',
  imageLines = images(3),
  model = "v7",
} = {}) {
  return `styles:
  - title: Red Harbour Dusk
    category: cinematic
    model: ${model}
    tier: free
${extra}    recipe:
${recipe}
    images:
${imageLines}
`;
}

const read = (text: string) => readImportMetadata("styles.yaml", text);
const problemsOf = (text: string) => read(text).problems.map(describeProblem);

describe("reading styles.yaml", () => {
  it("reads a code written as a YAML number as its digits, leading zeros kept", () => {
    const { rows, problems } = read(yaml({ recipe: "      kind: sref\n      codes: [82, 0123]" }));
    expect(problems).toEqual([]);
    expect(rows[0]?.style.recipe).toEqual({ kind: "sref", codes: ["82", "0123"], params: {} });
    const moodboard = read(yaml({ recipe: "      kind: moodboard\n      code: 1234567" }));
    expect(moodboard.rows[0]?.style.recipe).toMatchObject({ code: "1234567" });
  });

  it("normalises tags, accepts a date alone and leaves params out", () => {
    const { rows } = read(
      yaml({ extra: "    tags: [stained glass, Neo_Noir, stained-glass]\n    publishedAt: 2026-11-20\n" }),
    );
    expect(rows[0]?.style.tags).toEqual(["stained-glass", "neo-noir"]);
    expect(rows[0]?.style.publishedAt).toBe("2026-11-20T00:00:00Z");
    expect(rows[0]?.style.recipe.params).toEqual({});
    const withOffset = read(yaml({ extra: '    publishedAt: "2026-11-20T10:00:00+01:00"\n' }));
    expect(withOffset.rows[0]?.style.publishedAt).toBe("2026-11-20T09:00:00Z");
  });

  it("accepts any file name the file system allows, in sub-folders too", () => {
    const { rows, problems } = read(
      yaml({
        imageLines:
          "      - file: Image 1 (copy).png\n        alt: The first picture\n      - file: 'harbour/Dusk #2 [final].JPEG'\n        alt: The second picture",
      }),
    );
    expect(problems).toEqual([]);
    expect(rows[0]?.style.images.map((i) => i.file)).toEqual([
      "Image 1 (copy).png",
      "harbour/Dusk #2 [final].JPEG",
    ]);
    expect(
      problemsOf(yaml({ imageLines: "      - file: ../outside.png\n        alt: Outside picture" }))[0],
    ).toContain("field images.0.file: must be a path inside the import folder");
    expect(
      problemsOf(yaml({ imageLines: "      - file: notes.txt\n        alt: Not a picture" }))[0],
    ).toContain("must end in .jpg, .jpeg, .png or .webp");
  });

  it("takes 1 to 8 images, and refuses 9 saying so", () => {
    expect(read(yaml({ imageLines: images(1) })).problems).toEqual([]);
    expect(read(yaml({ imageLines: images(8) })).problems).toEqual([]);
    expect(problemsOf(yaml({ imageLines: images(9) }))[0]).toContain(
      "field images: a style needs 1 to 8 images",
    );
  });

  it("keeps each image's prompt, an empty one as made from the code alone", () => {
    const { rows, problems } = read(
      yaml({
        imageLines:
          "      - file: a.png\n        alt: The first picture\n        prompt: a lighthouse at dusk --style raw\n      - file: b.png\n        alt: The second picture\n        prompt:\n      - file: c.png\n        alt: The third picture",
      }),
    );
    expect(problems).toEqual([]);
    expect(rows[0]?.style.images.map((i) => i.prompt)).toEqual([
      "a lighthouse at dusk --style raw",
      "",
      undefined,
    ]);
  });

  it("names the cover, which must be one of the style's images", () => {
    expect(read(yaml({ extra: "    cover: img-2.png\n" })).rows[0]?.style.cover).toBe("img-2.png");
    expect(problemsOf(yaml({ extra: "    cover: img-9.png\n" }))).toEqual([
      "styles.yaml:6, row 1 (Red Harbour Dusk), field cover: img-9.png is not one of this style's images",
    ]);
  });

  it("refuses in plain words, naming file, line, style title and field", () => {
    expect(problemsOf(yaml().replace("    category: cinematic\n", ""))).toEqual([
      "styles.yaml:2, row 1 (Red Harbour Dusk), field category: is missing",
    ]);
    expect(problemsOf(yaml({ recipe: '      kind: sref\n      codes: ["abc"]' }))).toEqual([
      "styles.yaml:8, row 1 (Red Harbour Dusk), field recipe.codes.0: must be a numeric style code such as 2478013 (with a weight: 2478013::2)",
    ]);
    expect(problemsOf(yaml({ extra: "    publishedAt: last tuesday\n" }))[0]).toContain(
      "field publishedAt: must be a date (2026-11-20) or a date and time",
    );
    expect(
      problemsOf(
        yaml({ recipe: '      kind: sref\n      codes: ["1"]\n      params: { stylize: lots }' }),
      )[0],
    ).toContain("field recipe.params.stylize: must be a number");
    for (const problem of problemsOf(yaml({ recipe: '      kind: sref\n      codes: ["abc"]' })))
      expect(problem).not.toMatch(/\/\^|Invalid|expected/);
  });

  it("applies Midjourney's rules, naming the style and the rule", () => {
    expect(problemsOf(yaml({ model: "v5.2" }))).toEqual([
      "styles.yaml:4, row 1 (Red Harbour Dusk), field model: style-reference codes (--sref) need V6 or later; V5.2 reads none",
    ]);
    expect(
      problemsOf(
        yaml({ recipe: '      kind: sref\n      codes: ["1"]\n      params: { sv: 5, style: raw }' }),
      ),
    ).toEqual([
      "styles.yaml:9, row 1 (Red Harbour Dusk), field recipe.params.sv: --sv 5 does not read numeric style codes on V7; use --sv 4 or --sv 6",
    ]);
    expect(
      problemsOf(yaml({ imageLines: `${images(1)}\n        prompt: a fox --turbo-charge 3` }))[0],
    ).toContain("field images.0.prompt: --turbo-charge is not a Midjourney parameter");
  });

  it("names each of today's refusals: a code out of range, a prompt's other model, --sv on a moodboard, no --sv on V8.2", () => {
    expect(problemsOf(yaml({ recipe: "      kind: sref\n      codes: [7000364272]" }))).toEqual([
      "styles.yaml:8, row 1 (Red Harbour Dusk), field recipe.codes.0: must be a style code from 1 to 4,294,967,295 (Midjourney's codes are 32-bit)",
    ]);
    expect(problemsOf(yaml({ imageLines: `${images(1)}\n        prompt: a fox --niji 6` }))).toEqual([
      "styles.yaml:12, row 1 (Red Harbour Dusk), field images.0.prompt: --niji 6 is Niji 6, but this style is V7",
    ]);
    expect(
      problemsOf(yaml({ recipe: "      kind: moodboard\n      code: abc1234\n      params: { sv: 4 }" })),
    ).toEqual([
      "styles.yaml:9, row 1 (Red Harbour Dusk), field recipe.params.sv: --sv applies to style-reference codes only",
    ]);
    expect(problemsOf(yaml({ model: "V8.2" }))).toEqual([
      "styles.yaml:7, row 1 (Red Harbour Dusk), field recipe.params.sv: V8.2 reads numeric codes only with --sv 4 or --sv 6 written out; add sv",
    ]);
    expect(problemsOf(yaml({ model: "v9" }))).toEqual([
      'styles.yaml:4, row 1 (Red Harbour Dusk), field model: must be a model version: v8.2, v8.1, v8, niji7, v7, v6.1, niji6, v6, v5.2 (found "v9")',
    ]);
  });

  it("takes a model as people write it, none at all, and when it was tested", () => {
    for (const [written, id] of [
      ["V7", "v7"],
      ["7", "v7"],
      ['"5.2"', "v5.2"],
      ["Niji 6", "niji6"],
    ] as const) {
      const { rows, problems } = read(
        yaml({ model: written, recipe: '      kind: prompt\n      prompt: "a quiet harbour at dusk"' }),
      );
      expect(problems, written).toEqual([]);
      expect(rows[0]?.style.model).toBe(id);
    }
    const unstated = read(yaml().replace("    model: v7\n", ""));
    expect(unstated.problems).toEqual([]);
    expect(unstated.rows[0]?.style.model).toBeUndefined();
    const tested = read(
      yaml({ extra: "    tested: [{ model: V7, date: 2026-03 }, { model: 8.2, date: 2026-08-02 }]\n" }),
    );
    expect(tested.problems).toEqual([]);
    expect(tested.rows[0]?.style.tested).toEqual([
      { model: "v7", date: "2026-03" },
      { model: "v8.2", date: "2026-08-02" },
    ]);
  });

  it("gives a YAML syntax error its line", () => {
    expect(problemsOf(yaml({ extra: "    tags: [dusk, harbour\n" }))[0]).toMatch(
      /^styles\.yaml:\d+: not valid YAML: /,
    );
  });

  it("refuses the same code in two rows unless the second is a variant", () => {
    const two = (variant: string) =>
      `${yaml()}${yaml().replace("styles:\n", "").replace("Red Harbour Dusk", "Red Harbour Night").replace("    tier: free\n", `    tier: free\n${variant}`)}`;
    expect(problemsOf(two(""))).toEqual([
      "styles.yaml:21, row 2 (Red Harbour Night), field recipe: row 1 has the same code; mark this row variant: true if it is another take on that style",
    ]);
    expect(read(two("    variant: true\n")).problems).toEqual([]);
  });
});
