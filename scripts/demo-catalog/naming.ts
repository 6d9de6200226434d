import type { CategorySlug } from "../../src/domain/catalog/taxonomy";
import type { Mood } from "./palette";
import type { Rng } from "./prng";
import { CATEGORY_TAGS, MOOD_TAGS, SHARED_TAGS } from "./tags";
import type { Theme } from "./theme-type";
import { MOOD_FINISH } from "./vocab";

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function describeLook(rng: Rng, theme: Theme): string {
  return `${theme.look} ${rng.pick(MOOD_FINISH[theme.mood])}`;
}

const warmHue = (hue: number) => {
  const h = ((hue % 360) + 360) % 360;
  return h < 70 || h >= 330;
};
const coolHue = (hue: number) => {
  const h = ((hue % 360) + 360) % 360;
  return h >= 170 && h < 260;
};

/** 3..6 tags: the theme's own, then mood and texture tags, topped up from the category vocabulary. */
export function tagsFor(rng: Rng, theme: Theme, category: CategorySlug, grain: boolean): string[] {
  const vocabulary = CATEGORY_TAGS[category];
  for (const tag of theme.tags) {
    if (!vocabulary.includes(tag))
      throw new Error(`"${theme.title}": tag "${tag}" is not in the ${category} vocabulary`);
  }
  const tags = [...theme.tags];
  const add = (tag: string) => {
    if (tags.length < 6 && !tags.includes(tag)) tags.push(tag);
  };
  const moodTags: readonly string[] = MOOD_TAGS[theme.mood satisfies Mood];
  for (const tag of rng.shuffle(moodTags).slice(0, rng.int(1, 2))) add(tag);
  if (grain) add("grain");
  if (warmHue(theme.hue) && theme.mood !== "mono") add("warm");
  if (coolHue(theme.hue) && theme.mood !== "mono") add("cool");
  while (tags.length < 3) add(rng.pick(vocabulary));
  for (const tag of tags) {
    if (!vocabulary.includes(tag) && !(SHARED_TAGS as readonly string[]).includes(tag)) {
      throw new Error(`"${theme.title}": tag "${tag}" is in no vocabulary`);
    }
  }
  return tags;
}

const COLOR = "(?:(?:pale|deep|dusty) )?[a-z]+";

/** Smooths generated phrases: "pink and pink" -> "pink", "a orange" -> "an orange". */
export function tidy(phrase: string): string {
  return phrase
    .replace(new RegExp(String.raw`\b(${COLOR}), \1 and `, "g"), "$1 and ")
    .replace(new RegExp(String.raw`\b(${COLOR}), (${COLOR}) and (?:\1|\2)\b`, "g"), "$1 and $2")
    .replace(new RegExp(String.raw`\b(${COLOR}) and \1\b`, "g"), "$1")
    .replace(/\b([Aa]) (?=[aeiou])/g, "$1n ");
}

/** The subject prompt a person would have typed before the style's code: the subject, lowercase. */
export function promptText(subject: string): string {
  const clean = tidy(subject);
  return `${clean.charAt(0).toLowerCase()}${clean.slice(1)}`;
}

export function altText(subject: string, title: string): string {
  const clean = tidy(subject);
  const sentence = `${clean.charAt(0).toUpperCase()}${clean.slice(1)}, in the ${title} style`;
  if (sentence.length > 300) throw new Error(`alt text too long: ${sentence}`);
  return sentence;
}
