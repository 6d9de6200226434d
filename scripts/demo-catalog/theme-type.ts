import type { Mood } from "./palette";
import type { FamilyId } from "./types";

/** A hand-written seed for one style; everything else about it is derived with the PRNG. */
export interface Theme {
  title: string;
  mood: Mood;
  /** base hue in degrees */
  hue: number;
  family: FamilyId;
  /** family for some of its images; picked from the category's families when absent */
  second?: FamilyId;
  /** first sentence of the description: what the look is */
  look: string;
  /** words from the category's tag vocabulary */
  tags: readonly string[];
}

export function theme(
  title: string,
  mood: Mood,
  hue: number,
  families: `${FamilyId}` | `${FamilyId}/${FamilyId}`,
  look: string,
  tags: string,
): Theme {
  const [family, second] = families.split("/") as [FamilyId, FamilyId | undefined];
  return { title, mood, hue, family, ...(second ? { second } : {}), look, tags: tags.split(" ") };
}
