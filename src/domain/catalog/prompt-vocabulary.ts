/**
 * The words prompt-coherence.ts reads prompts with: paint media, print processes, film stocks,
 * black-and-white words and colour words. Add a word here; the rules stay there.
 */

export interface Term {
  /** what the term stands for: mentions with the same id are the same thing */
  id: string;
  /** regular-expression source without capturing groups, matched case-insensitively and whole-word */
  pattern: string;
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

export interface FilmStock extends Term {
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
export const SHADE_WORDS = new Set([
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
export const COLOUR_CONTEXT =
  /^(?:palettes?|tones?|toned|hues?|tint(?:s|ed)?|accents?|colou?r(?:s|ed)?|glow|gradient)$/i;
/** Phrases whose colour word names a time or a thing, not a colour of the picture. */
export const NOT_COLOURS = "golden[- ]hour|blue[- ]hour|golden[- ]ratio|golden[- ]age";
