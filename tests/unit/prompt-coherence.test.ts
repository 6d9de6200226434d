import { describe, expect, it } from "vitest";
import { namesBlackAndWhite, promptContradictions } from "@/domain/catalog/prompt-coherence";

describe("prompt coherence: paint media and print processes", () => {
  it("flags two paint media, naming both as written", () => {
    expect(promptContradictions("sumi-e ink wash on rice paper, thick impasto oil on linen")).toEqual([
      'names two paint media: "sumi-e ink wash" and "thick impasto oil on linen"',
    ]);
    expect(promptContradictions("a harbour at dawn, watercolour, oil paint")).toEqual([
      'names two paint media: "watercolour" and "oil paint"',
    ]);
    expect(promptContradictions("gouache on board, acrylic paint")).toEqual([
      'names two paint media: "gouache" and "acrylic paint"',
    ]);
    expect(promptContradictions("egg tempera icon, encaustic wax")).toEqual([
      'names two paint media: "egg tempera" and "encaustic"',
    ]);
  });

  it("treats synonyms and spellings as one medium", () => {
    expect(promptContradictions("sumi e, brushwork, ink wash on rice paper")).toEqual([]);
    expect(promptContradictions("impasto oil, oil painting, painted in oils")).toEqual([]);
    expect(promptContradictions("watercolor bloom, wet-on-wet watercolour")).toEqual([]);
    expect(promptContradictions("acrylic gouache poster")).toEqual([]);
  });

  it("leaves mixed media people really combine alone", () => {
    expect(promptContradictions("ink and watercolour, fine pen lines")).toEqual([]);
    expect(promptContradictions("pencil and watercolour wash")).toEqual([]);
    expect(promptContradictions("watercolour and gouache sketchbook page")).toEqual([]);
    expect(promptContradictions("ink wash and watercolour landscape")).toEqual([]);
    expect(promptContradictions("oil pastel over watercolour")).toEqual([]);
    expect(promptContradictions("gouache and coloured pencil, charcoal underdrawing")).toEqual([]);
    expect(promptContradictions("linocut printed on a letterpress")).toEqual([]);
  });

  it("does not take plastic, lamps or rigs for paint", () => {
    expect(promptContradictions("acrylic glass sculpture, oil painting")).toEqual([]);
    expect(promptContradictions("an oil lamp on a table, watercolour")).toEqual([]);
  });

  it("flags two print processes", () => {
    expect(promptContradictions("two-colour risograph print, screenprinted poster")).toEqual([
      'names two print processes: "risograph" and "screenprinted"',
    ]);
    expect(promptContradictions("woodcut, flat colour, linocut print texture")).toEqual([
      'names two print processes: "woodcut" and "linocut"',
    ]);
    expect(promptContradictions("letterpress type over a lithograph")).toEqual([
      'names two print processes: "letterpress" and "lithograph"',
    ]);
    expect(promptContradictions("screenprint, silkscreened layers, halftone dots")).toEqual([]);
  });
});

describe("prompt coherence: film stocks", () => {
  it("flags two named stocks, in the order they appear", () => {
    expect(
      promptContradictions("Kodachrome holiday, a fisherman on a pier, Kodak Portra 400, 85mm f/1.8"),
    ).toEqual(['names two film stocks: "Kodachrome" and "Kodak Portra 400"']);
    expect(promptContradictions("Ilford HP5 pushed two stops, Tri-X grain")).toEqual([
      'names two film stocks: "Ilford HP5" and "Tri-X"',
    ]);
    expect(promptContradictions("CineStill 800T, Fuji Velvia 50")).toEqual([
      'names two film stocks: "CineStill 800T" and "Fuji Velvia 50"',
    ]);
    expect(promptContradictions("Portra 160 skin tones, Portra 800 at night")).toEqual([
      'names two film stocks: "Portra 160" and "Portra 800"',
    ]);
  });

  it("knows one stock by its several names", () => {
    expect(promptContradictions("Portra 400, soft light, Kodak Portra 400")).toEqual([]);
    expect(promptContradictions("Kodak Portra look, Portra 400")).toEqual([]);
    expect(promptContradictions("Ilford HP5 Plus 400, HP5")).toEqual([]);
    expect(promptContradictions("Fujifilm Acros 100, Acros")).toEqual([]);
  });

  it("does not take brands or ordinary words for stocks", () => {
    expect(promptContradictions("faded Kodak boulevard, Fuji green shift")).toEqual([]);
    expect(promptContradictions("a river delta, Kodak Ektar 100")).toEqual([]);
  });
});

describe("prompt coherence: black and white with colour", () => {
  it("flags black-and-white words with a colour word", () => {
    expect(
      promptContradictions(
        "a grandmother on a rooftop, Tri-X, black-and-white street, red and black palette",
      ),
    ).toEqual(['is black and white but names a colour: "Tri-X" and "red"']);
    expect(promptContradictions("monochrome portrait, teal shadows")).toEqual([
      'is black and white but names a colour: "monochrome" and "teal"',
    ]);
    expect(promptContradictions("b&w, magenta and cyan glow")).toEqual([
      'is black and white but names a colour: "b&w" and "magenta"',
      'is black and white but names a colour: "b&w" and "cyan"',
    ]);
    expect(promptContradictions("greyscale alley, crimson umbrella")).toEqual([
      'is black and white but names a colour: "greyscale" and "crimson"',
    ]);
    expect(promptContradictions("Ilford HP5, lime and pale green palette")).toEqual([
      'is black and white but names a colour: "Ilford HP5" and "lime"',
      'is black and white but names a colour: "Ilford HP5" and "green"',
    ]);
  });

  it("flags black and white with a colour film stock", () => {
    expect(promptContradictions("black and white street photo, Kodak Portra 400")).toEqual([
      'is black and white but names a colour film stock: "black and white" and "Kodak Portra 400"',
    ]);
  });

  it("accepts neutrals, times of day and words that only contain a colour", () => {
    expect(
      promptContradictions("black and white, silver and charcoal, ivory highlights, deep black, grey sky"),
    ).toEqual([]);
    expect(promptContradictions("black and white photo of a redwood forest, bluegrass band")).toEqual([]);
    expect(promptContradictions("infrared black and white landscape at golden hour")).toEqual([]);
    expect(promptContradictions("black-and-white, sepia toned print, a lemon on a table")).toEqual([]);
    expect(promptContradictions("monochrome blue palette")).toEqual([]);
    expect(promptContradictions("Tri-X, deep blacks, silver highlights")).toEqual([]);
  });

  it("counts ambiguous colour words only where they name a colour", () => {
    expect(promptContradictions("black and white, a rose in a vase")).toEqual([]);
    expect(promptContradictions("black and white, pale peach light")).toEqual([
      'is black and white but names a colour: "black and white" and "peach"',
    ]);
    expect(promptContradictions("monochrome, rose and grey tones")).toEqual([
      'is black and white but names a colour: "monochrome" and "rose"',
    ]);
  });

  it("leaves colour prompts without black-and-white words alone", () => {
    expect(promptContradictions("a harbour full of sailboats, red and black palette")).toEqual([]);
    expect(namesBlackAndWhite("red and black palette")).toBe(false);
    expect(namesBlackAndWhite("Tri-X Street")).toBe(true);
    expect(namesBlackAndWhite("stark monochrome lighting")).toBe(true);
  });
});

describe("prompt coherence: whole prompts", () => {
  it("passes a coherent Midjourney prompt and reports every problem of an incoherent one", () => {
    expect(
      promptContradictions(
        "a fishing village after rain, plein air, oil paint, bright midday sun, thick impasto oil on linen, amber and blue palette",
      ),
    ).toEqual([]);
    expect(
      promptContradictions("watercolour and oil paint, Kodachrome, Ektar 100, black and white, red sky"),
    ).toEqual([
      'names two paint media: "watercolour" and "oil paint"',
      'names two film stocks: "Kodachrome" and "Ektar 100"',
      'is black and white but names a colour: "black and white" and "red"',
      'is black and white but names a colour film stock: "black and white" and "Kodachrome"',
      'is black and white but names a colour film stock: "black and white" and "Ektar 100"',
    ]);
  });
});
