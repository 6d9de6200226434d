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

import {
  AMBIGUOUS_COLOURS,
  BLACK_AND_WHITE_WORDS,
  CHROMATIC_COLOURS,
  COLOUR_CONTEXT,
  COMBINED_MEDIA,
  FILM_STOCKS,
  NOT_COLOURS,
  PAINT_MEDIA,
  PRINT_PROCESSES,
  SHADE_WORDS,
  type Term,
} from "./prompt-vocabulary";

interface Mention {
  id: string;
  text: string;
  start: number;
  end: number;
}

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
