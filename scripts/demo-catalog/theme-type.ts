import { type HueOffsets, MOODS, type Mood } from "./palette";
import { FAMILIES, type FamilyId } from "./types";

/** A hand-written seed for one style; everything else about it is derived with the PRNG. */
export interface Theme {
  title: string;
  mood: Mood;
  /** base hue in degrees */
  hue: number;
  /** hue offsets of mid/accent when the look needs specific colours, else the scheme decides */
  offsets: HueOffsets;
  family: FamilyId;
  /** family for some of its images */
  second: FamilyId;
  /** words from the category's tag vocabulary */
  tags: readonly string[];
  /** first sentence of the description: what the look is */
  look: string;
}

const isMood = (value: string): value is Mood => (MOODS as readonly string[]).includes(value);
const isFamily = (value: string): value is FamilyId => (FAMILIES as readonly string[]).includes(value);

/**
 * Parses a table with one theme a line:
 * `Title | mood hue [m<mid offset>] [a<accent offset>] | family/second | tag tag | Look sentence.`
 * (a table keeps 150 themes readable where a formatter would spread object literals over pages)
 */
export function parseThemes(table: string): Theme[] {
  return table
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const cells = line.split("|").map((cell) => cell.trim());
      const [title, moodHue, families, tags, look] = cells;
      if (cells.length !== 5 || !title || !moodHue || !families || !tags || !look) {
        throw new Error(`bad theme line: ${line}`);
      }
      const [mood = "", hue = "", ...pins] = moodHue.split(" ");
      const offsets: HueOffsets = {};
      for (const pin of pins) {
        const value = Number(pin.slice(1));
        if (!Number.isFinite(value)) throw new Error(`bad hue offset "${pin}" in: ${line}`);
        if (pin.startsWith("m")) offsets.mid = value;
        else if (pin.startsWith("a")) offsets.accent = value;
        else throw new Error(`bad hue offset "${pin}" in: ${line}`);
      }
      const [family = "", second = ""] = families.split("/");
      if (!isMood(mood)) throw new Error(`unknown mood "${mood}" in: ${line}`);
      if (!isFamily(family) || !isFamily(second)) throw new Error(`unknown family in: ${line}`);
      const hueValue = Number(hue);
      if (!Number.isFinite(hueValue)) throw new Error(`bad hue in: ${line}`);
      return { title, mood, hue: hueValue, offsets, family, second, tags: tags.split(" "), look };
    });
}
