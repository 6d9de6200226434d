/**
 * Finds prompts that contradict themselves, the way someone who knows Midjourney would read them.
 * Pure: no I/O, text in, plain-English problems out.
 *
 * It flags (each message quotes the two conflicting words, in the order they appear):
 * - two different paint media ({@link PAINT_MEDIA}: oil, acrylic, gouache, watercolour, tempera,
 *   sumi-e/ink wash, encaustic): a picture has one paint medium, so "sumi-e ink wash ... thick
 *   impasto oil on linen" asks for two pictures at once. Synonyms are one medium ("sumi-e" = "ink
 *   wash", "oil paint" = "impasto oil", "watercolour" = "watercolor"). Drawing media (ink, pencil,
 *   charcoal, pastel, oil pastel) are not in the group, because people do combine them with paint
 *   ("ink and watercolour", "pencil and watercolour wash"); nor are the pairs painters really mix
 *   ({@link COMBINED_MEDIA}: watercolour with gouache, watercolour with ink wash — "line and wash").
 * - two different print processes ({@link PRINT_PROCESSES}: risograph, screen print, linocut,
 *   woodcut, letterpress, lithograph): a print is made one way. Linocuts and woodcuts are printed
 *   on letterpresses, so those pairs are allowed ({@link COMBINED_MEDIA}).
 * - two different named film stocks ({@link FILM_STOCKS}), e.g. "Kodachrome" and "Kodak Portra 400";
 *   "Portra 400" and "Kodak Portra 400" are one stock, and a bare "Portra" agrees with any Portra.
 * - black and white ({@link BLACK_AND_WHITE_WORDS}, or a black-and-white stock such as Tri-X, HP5,
 *   T-Max, Acros, Delta) together with a chromatic colour word ({@link CHROMATIC_COLOURS};
 *   the words in {@link AMBIGUOUS_COLOURS}, such as "peach" or "rose", only where they plainly name
 *   a colour: "pale peach", "peach and teal palette"), or with a colour film stock.
 *   Neutrals ("black", "white", "grey", "silver", "charcoal", "ivory", "cream", "sepia") are fine,
 *   as are times of day ("golden hour", "blue hour") and colours inside a stock's name ("Kodak Gold").
 *   "monochrome" right beside a colour ("monochrome blue") means one hue, not black and white.
 * Words match whole: "redwood" and "bluegrass" name no colour, "infrared" is not "red".
 */

interface Term {
  /** what the term stands for: mentions with the same id are the same thing */
  id: string;
  /** regular-expression source without capturing groups, matched case-insensitively and whole-word */
  pattern: string;
}

interface Mention {
  id: string;
  text: string;
  start: number;
  end: number;
}

/** Words after "acrylic" that make it the plastic, not the paint. */
const ACRYLIC_PLASTIC = [
  "glass",
  "sheets?",
  "blocks?",
  "panels?",
  "plastic",
  "resin",
  "nails?",
  "box(?:es)?",
  "cases?",
  "cubes?",
  "stands?",
  "display",
  "frames?",
  "shapes?",
  "sculptures?",
  "figures?",
  "toys?",
  "spheres?",
  "rods?",
];

/** Paint media that cannot both be the medium of one picture (most specific spelling first). */
export const PAINT_MEDIA: readonly Term[] = [
  { id: "gouache", pattern: "acryla[- ]gouache|acrylic[- ]gouache|gouache" },
  {
    id: "ink wash",
    pattern: "sumi[- ]?e(?:[- ]ink(?:[- ]wash)?)?|sumi[- ]ink|ink[- ]wash(?:es)?|suibokuga|shui[- ]?mo",
  },
  {
    id: "oil",
    pattern:
      "(?:(?:thick|heavy)[- ])?impasto[- ]oils?(?:[- ]on[- ](?:canvas|linen|panel|board|wood|copper))?" +
      "|oil[- ](?:paint(?:ings?|s|ed)?|on[- ](?:canvas|linen|panel|board|wood|copper))" +
      "|oil[- ]?painted|in[- ]oils",
  },
  {
    id: "acrylic",
    // "acrylic" is also a clear plastic: "acrylic glass", "acrylic block" are not paint
    pattern: `acrylics?(?![- ](?:${ACRYLIC_PLASTIC.join("|")}))(?:[- ]paint(?:ings?|s|ed)?)?`,
  },
  { id: "watercolour", pattern: "water[- ]?colou?r(?:s|ed)?|aquarelle" },
  { id: "tempera", pattern: "(?:egg[- ])?tempera" },
  { id: "encaustic", pattern: "encaustic" },
];

/** Print processes that cannot both have made one print. */
export const PRINT_PROCESSES: readonly Term[] = [
  { id: "risograph", pattern: "risograph(?:ed|s|y)?|riso[- ]?print(?:ed|s|ing)?" },
  { id: "screen print", pattern: "screen[- ]?print(?:ed|s|ing)?|silk[- ]?screen(?:ed|s)?|serigraph(?:s|y)?" },
  { id: "linocut", pattern: "lino[- ]?cuts?|lino[- ]?print(?:ed|s)?|linoleum[- ](?:cut|print)s?" },
  { id: "woodcut", pattern: "wood[- ]?cuts?|wood[- ]?block(?:[- ]print(?:ed|s|ing)?|s)?" },
  { id: "letterpress", pattern: "letter[- ]?press(?:ed)?" },
  { id: "lithograph", pattern: "lithograph(?:s|y|ic|ed)?|litho(?:[- ]print(?:ed|s)?)?" },
];

/** Pairs from the groups above that people really combine, so they are never flagged. */
export const COMBINED_MEDIA: readonly (readonly [string, string])[] = [
  ["watercolour", "gouache"],
  ["watercolour", "ink wash"],
  ["letterpress", "linocut"],
  ["letterpress", "woodcut"],
];

interface FilmStock extends Term {
  /** black-and-white stock */
  bw: boolean;
  /** picks the speed or type out of a mention, when the name has several ("Portra 160/400/800") */
  variant?: RegExp;
}

/** Named film stocks; the ids are stock families, the variants tell "Portra 160" from "Portra 400". */
export const FILM_STOCKS: readonly FilmStock[] = [
  {
    id: "Portra",
    bw: false,
    pattern: "(?:kodak[- ])?portra(?:[- ]?(?:160|400|800)(?:[- ]?(?:nc|vc))?)?",
    variant: /160|400|800/,
  },
  {
    id: "Kodachrome",
    bw: false,
    pattern: "(?:kodak[- ])?kodachrome(?:[- ]?(?:25|64|200))?",
    variant: /25|64|200/,
  },
  { id: "Ektachrome", bw: false, pattern: "(?:kodak[- ])?ektachrome(?:[- ]?e?100(?:g|vs)?)?" },
  { id: "Ektar", bw: false, pattern: "(?:kodak[- ])?ektar(?:[- ]?100)?" },
  { id: "Kodak Gold", bw: false, pattern: "kodak[- ]gold(?:[- ]?200)?" },
  { id: "Ultramax", bw: false, pattern: "(?:kodak[- ])?ultramax(?:[- ]?400)?" },
  { id: "ColorPlus", bw: false, pattern: "(?:kodak[- ])?colou?r[- ]?plus(?:[- ]?200)?" },
  {
    id: "Vision3",
    bw: false,
    pattern: "(?:kodak[- ])?vision[- ]?3(?:[- ]?(?:50d|250d|200t|500t))?",
    variant: /50d|250d|200t|500t/,
  },
  { id: "Tri-X", bw: true, pattern: "(?:kodak[- ])?tri[- ]?x(?:[- ]?(?:400|320))?", variant: /400|320/ },
  {
    id: "T-Max",
    bw: true,
    pattern: "(?:kodak[- ])?t[- ]?max(?:[- ]?(?:100|400|3200|p3200))?",
    variant: /100|400|3200/,
  },
  { id: "Double-X", bw: true, pattern: "(?:kodak[- ])?double[- ]x(?:[- ]?5222)?" },
  { id: "HP5", bw: true, pattern: "(?:ilford[- ])?hp5(?:[- ]?plus)?(?:[- ]?400)?" },
  {
    id: "Delta",
    bw: true,
    pattern: "ilford[- ]delta(?:[- ]?(?:100|400|3200))?|delta[- ]?(?:100|400|3200)",
    variant: /100|400|3200/,
  },
  { id: "FP4", bw: true, pattern: "(?:ilford[- ])?fp4(?:[- ]?plus)?(?:[- ]?125)?" },
  { id: "Pan F", bw: true, pattern: "(?:ilford[- ])?pan[- ]?f(?:[- ]?plus)?(?:[- ]?50)?" },
  { id: "XP2", bw: true, pattern: "(?:ilford[- ])?xp2(?:[- ]?super)?(?:[- ]?400)?" },
  {
    id: "Velvia",
    bw: false,
    pattern: "(?:fuji(?:film)?[- ])?velvia(?:[- ]?(?:50|100f?))?",
    variant: /50|100/,
  },
  {
    id: "Provia",
    bw: false,
    pattern: "(?:fuji(?:film)?[- ])?provia(?:[- ]?(?:100f|400x|100|400))?",
    variant: /100|400/,
  },
  {
    id: "Superia",
    bw: false,
    pattern: "(?:fuji(?:film)?[- ])?superia(?:[- ]?x[- ]?tra)?(?:[- ]?(?:200|400|800|1600))?",
    variant: /200|400|800|1600/,
  },
  { id: "Pro 400H", bw: false, pattern: "(?:fuji(?:film)?[- ])?(?:pro[- ]?)?400h" },
  { id: "Acros", bw: true, pattern: "(?:fuji(?:film)?[- ])?(?:neopan[- ])?acros(?:[- ]?(?:100|ii))*" },
  { id: "Fujicolor C200", bw: false, pattern: "fuji(?:film|color)?[- ]c200|fujicolor(?:[- ]?c?200)?" },
  {
    id: "CineStill",
    bw: false,
    pattern: "cinestill(?:[- ]?(?:800t|50d|400d))?|800t",
    variant: /800t|50d|400d/,
  },
  {
    id: "Agfa Vista",
    bw: false,
    pattern: "agfa[- ]?vista(?:[- ]?(?:plus))?(?:[- ]?(?:200|400))?",
    variant: /200|400/,
  },
  { id: "Agfa APX", bw: true, pattern: "(?:agfa[- ])?apx(?:[- ]?(?:25|100|400))?", variant: /25|100|400/ },
  { id: "Fomapan", bw: true, pattern: "fomapan(?:[- ]?(?:100|200|400))?", variant: /100|200|400/ },
];

/** Words that make a picture black and white (besides black-and-white stocks). */
export const BLACK_AND_WHITE_WORDS: readonly Term[] = [
  { id: "black and white", pattern: "black[- ]?(?:and|&|n)[- ]?white|b ?& ?w|b/w" },
  { id: "monochrome", pattern: "monochrome" },
  { id: "grayscale", pattern: "gr[ae]y[- ]?scale" },
  { id: "silver gelatin", pattern: "silver[- ]gelatin(?:[- ]print)?" },
];

/** Colour words that always name a hue. */
export const CHROMATIC_COLOURS: readonly string[] = [
  "red",
  "reds",
  "orange",
  "yellow",
  "yellows",
  "green",
  "blue",
  "purple",
  "purples",
  "violet",
  "pink",
  "pinks",
  "teal",
  "magenta",
  "cyan",
  "turquoise",
  "aqua",
  "aquamarine",
  "gold",
  "golden",
  "crimson",
  "scarlet",
  "vermilion",
  "vermillion",
  "indigo",
  "lilac",
  "lavender",
  "mauve",
  "amber",
  "ochre",
  "umber",
  "sienna",
  "brown",
  "maroon",
  "burgundy",
  "fuchsia",
  "chartreuse",
  "cerulean",
  "cobalt",
  "ultramarine",
  "azure",
  "tangerine",
  "terracotta",
];

/**
 * Words that are colours only sometimes ("a rose", "the blues", "a lemon"); they count as a colour
 * after a shade word ("pale peach") or when the next few words, up to a comma, name colour
 * ("peach and teal palette", "rose tones").
 */
export const AMBIGUOUS_COLOURS: readonly string[] = [
  "blues",
  "greens",
  "oranges",
  "navy",
  "emerald",
  "ruby",
  "sapphire",
  "jade",
  "coral",
  "salmon",
  "peach",
  "lime",
  "olive",
  "rose",
  "plum",
  "mint",
  "apricot",
  "lemon",
  "mustard",
  "rust",
  "copper",
  "bronze",
  "cherry",
];

/** Words before an ambiguous colour word that make it a colour: "pale peach", "deep olive". */
const SHADE_WORDS = new Set([
  "pale",
  "deep",
  "dusty",
  "dark",
  "light",
  "bright",
  "soft",
  "muted",
  "hot",
  "electric",
  "neon",
  "vivid",
  "saturated",
  "warm",
  "cool",
  "rich",
  "faded",
  "punchy",
  "burnt",
  "dusky",
  "powder",
  "powdery",
]);
const COLOUR_CONTEXT =
  /^(?:palettes?|tones?|toned|hues?|tint(?:s|ed)?|accents?|colou?r(?:s|ed)?|glow|gradient)$/i;
/** Phrases whose colour word names a time or a thing, not a colour of the picture. */
const NOT_COLOURS = "golden[- ]hour|blue[- ]hour|golden[- ]ratio|golden[- ]age";

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;

/** Every whole-word mention of the terms, leftmost first, never overlapping (earlier terms win a tie). */
function mentions(text: string, terms: readonly Term[]): Mention[] {
  const source = terms.map((term) => `(${term.pattern})`).join("|");
  const regex = new RegExp(`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`, "giu");
  const found: Mention[] = [];
  for (const match of text.matchAll(regex)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const term = terms[index];
    if (term === undefined) continue;
    found.push({ id: term.id, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** `text` with the mentioned spans blanked out, so later scans do not see them again. */
function blank(text: string, spans: readonly Mention[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

const combined = (a: string, b: string) =>
  COMBINED_MEDIA.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/** One message per pair of different things from one exclusive group, first mentions only. */
function exclusive(found: readonly Mention[], what: string, conflict: (a: Mention, b: Mention) => boolean) {
  const firsts: Mention[] = [];
  for (const mention of found) {
    if (!firsts.some((first) => first.id === mention.id && !conflict(first, mention))) firsts.push(mention);
  }
  const problems: string[] = [];
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) {
      const [a, b] = [firsts[i] as Mention, firsts[j] as Mention];
      if (conflict(a, b)) problems.push(`names two ${what}: "${a.text}" and "${b.text}"`);
    }
  }
  return problems;
}

const stockOf = (mention: Mention) => FILM_STOCKS.find((stock) => stock.id === mention.id);
const variantOf = (mention: Mention) => stockOf(mention)?.variant?.exec(mention.text.toLowerCase())?.[0];

function stocksConflict(a: Mention, b: Mention): boolean {
  if (a.id !== b.id) return true;
  const [x, y] = [variantOf(a), variantOf(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/** Chromatic colour words in `text` with their positions; ambiguous ones only where they plainly are colours. */
function colourWords(text: string): Mention[] {
  const wordRegex = /[\p{L}\p{N}]+|[,.;:!?()]/gu;
  const tokens = [...text.matchAll(wordRegex)].map((m) => ({ word: m[0], start: m.index }));
  const definite = new Set(CHROMATIC_COLOURS);
  const ambiguous = new Set(AMBIGUOUS_COLOURS);
  const found: Mention[] = [];
  tokens.forEach(({ word, start }, i) => {
    const lower = word.toLowerCase();
    let colour = definite.has(lower);
    if (!colour && ambiguous.has(lower)) {
      const before = tokens[i - 1]?.word ?? "";
      const after: string[] = [];
      for (const token of tokens.slice(i + 1, i + 5)) {
        if (/^[,.;:!?()]$/.test(token.word)) break;
        after.push(token.word);
      }
      colour =
        SHADE_WORDS.has(before.toLowerCase()) ||
        after.some((next) => COLOUR_CONTEXT.test(next) || definite.has(next.toLowerCase()));
    }
    if (colour) found.push({ id: lower, text: word, start, end: start + word.length });
  });
  return found;
}

/** Whether the text asks for a black-and-white picture: black-and-white words or a black-and-white stock. */
export function namesBlackAndWhite(text: string): boolean {
  return blackAndWhiteMentions(text).length > 0;
}

function blackAndWhiteMentions(text: string): Mention[] {
  const stocks = mentions(text, FILM_STOCKS).filter((m) => stockOf(m)?.bw);
  const colours = new Set(CHROMATIC_COLOURS);
  const words = mentions(blank(text, mentions(text, FILM_STOCKS)), BLACK_AND_WHITE_WORDS).filter((m) => {
    if (m.id !== "monochrome") return true;
    // "monochrome blue", "blue monochrome": one hue, not black and white
    const before = /([\p{L}]+)[\s-]*$/u.exec(text.slice(0, m.start))?.[1] ?? "";
    const after = /^[\s-]*([\p{L}]+)/u.exec(text.slice(m.end))?.[1] ?? "";
    return !colours.has(before.toLowerCase()) && !colours.has(after.toLowerCase());
  });
  return [...words, ...stocks].sort((a, b) => a.start - b.start);
}

/** Plain-English problems with a prompt that contradicts itself; empty when it is coherent. */
export function promptContradictions(prompt: string): string[] {
  const problems: string[] = [];
  const media = (terms: readonly Term[], what: string) =>
    problems.push(
      ...exclusive(mentions(prompt, terms), what, (a, b) => a.id !== b.id && !combined(a.id, b.id)),
    );
  media(PAINT_MEDIA, "paint media");
  media(PRINT_PROCESSES, "print processes");

  const stocks = mentions(prompt, FILM_STOCKS);
  problems.push(...exclusive(stocks, "film stocks", stocksConflict));

  const bw = blackAndWhiteMentions(prompt)[0];
  if (bw) {
    const withoutNames = blank(prompt, [...stocks, ...mentions(prompt, [{ id: "", pattern: NOT_COLOURS }])]);
    const seen = new Set<string>();
    for (const colour of colourWords(withoutNames)) {
      if (seen.has(colour.id)) continue;
      seen.add(colour.id);
      problems.push(`is black and white but names a colour: "${bw.text}" and "${colour.text}"`);
    }
    if (!stockOf(bw)) {
      for (const stock of stocks.filter((m) => !stockOf(m)?.bw)) {
        problems.push(`is black and white but names a colour film stock: "${bw.text}" and "${stock.text}"`);
      }
    }
  }
  return problems;
}
