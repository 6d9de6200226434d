import { stemmer } from "stemmer";

/**
 * How search forgives: every word has a canonical form (American spelling, then its
 * English stem), so "watercolours", "watercolour" and "watercolor" are one word to the
 * index. Indexing and querying both go through here, so a rule that happens to map two
 * unrelated words together can only merge them, never lose one.
 */

/** British spellings whose American form no suffix rule below gives. */
const AMERICAN: Readonly<Record<string, string>> = {
  grey: "gray",
  greys: "grays",
  greyscale: "grayscale",
  jewellery: "jewelry",
  aluminium: "aluminum",
  aeroplane: "airplane",
  programme: "program",
  storey: "story",
  tyre: "tire",
  pyjamas: "pajamas",
  moustache: "mustache",
  mould: "mold",
  plough: "plow",
  cosy: "cozy",
  sceptical: "skeptical",
  whisky: "whiskey",
  draught: "draft",
  kerb: "curb",
};

/** Suffix rules, tried in order; the first that applies wins. Each keeps at least three letters before the suffix. */
const SUFFIX_RULES: readonly [RegExp, string][] = [
  [/^(\w{3,})our(s|ed|ing|ful|less|ist|ists|ation)?$/, "$1or$2"], // colour, harbours, flavourful
  [/^(\w{3,})is(e|es|ed|ing|ation|ations)$/, "$1iz$2"], // stylised, colourisation
  [/^(\w{2,})ys(e|es|ed|ing)$/, "$1yz$2"], // analyse
  [/^(\w{3,})tre(s)?$/, "$1ter$2"], // theatre, centres
  [/^(\w{3,})ogue(s)?$/, "$1og$2"], // catalogue
  [/^(\w{3,}[aeiou])ll(ed|ing|er|ers)$/, "$1l$2"], // travelled, modelling
];

/** The American spelling of a word, or the word itself. */
export function americanSpelling(word: string): string {
  const listed = AMERICAN[word];
  if (listed) return listed;
  for (const [pattern, replacement] of SUFFIX_RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** A word's canonical form: what two spellings or inflections of one word share. Numbers and codes stay as they are. */
export function wordForm(word: string): string {
  if (!/^[a-z]{3,}$/.test(word)) return word;
  return stemmer(americanSpelling(word));
}

/**
 * Words people write as two (or hyphenated, which tokenizing splits) and search as one:
 * both "sci-fi" and "science fiction" in a style's text index "scifi" too, and a query
 * "sci fi" searches "scifi".
 */
const COMPOUNDS: readonly [readonly string[], string][] = [
  [["sci", "fi"], "scifi"],
  [["science", "fiction"], "scifi"],
  [["mood", "board"], "moodboard"],
  [["mood", "boards"], "moodboard"],
  [["low", "poly"], "lowpoly"],
  [["b", "w"], "monochrome"],
  [["black", "and", "white"], "monochrome"],
];

function compoundAt(words: readonly string[], at: number): [number, string] | undefined {
  for (const [parts, joined] of COMPOUNDS) {
    if (parts.every((part, i) => words[at + i] === part)) return [parts.length, joined];
  }
  return undefined;
}

/** A text's words plus the compounds they spell (for indexing: the parts stay searchable). */
export function withCompounds(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const compound = compoundAt(words, i);
    if (compound) joined.push(compound[1]);
  }
  return joined.length > 0 ? [...words, ...joined] : [...words];
}

/** A query's words with each compound's parts replaced by the compound (for querying). */
export function joinCompounds(words: readonly string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const compound = compoundAt(words, i);
    if (compound) {
      result.push(compound[1]);
      i += compound[0] - 1;
    } else result.push(words[i] as string);
  }
  return result;
}
