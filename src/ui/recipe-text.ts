import type { Recipe } from "@/domain/catalog/recipe";

/** A run of a recipe's text; a flag piece is one flag with its value ("--stylize 400"), kept on one line. */
export interface RecipePiece {
  text: string;
  flag: boolean;
}

/** A recipe's text cut so each flag stays with its value; the pieces joined are the text exactly. */
export function recipePieces(text: string): RecipePiece[] {
  const tokens = text.split(/(\s+)/);
  const pieces: RecipePiece[] = [];
  const pushPlain = (plain: string) => {
    const last = pieces.at(-1);
    if (last && !last.flag) last.text += plain;
    else if (plain) pieces.push({ text: plain, flag: false });
  };
  for (let i = 0; i < tokens.length; i += 2) {
    const word = tokens[i] ?? "";
    const space = tokens[i + 1] ?? "";
    const value = tokens[i + 2];
    if (word.startsWith("--") && value && !value.startsWith("--")) {
      pieces.push({ text: `${word}${space}${value}`, flag: true });
      pushPlain(tokens[i + 3] ?? "");
      i += 2;
    } else if (word.startsWith("--")) {
      pieces.push({ text: word, flag: true });
      pushPlain(space);
    } else {
      pushPlain(word + space);
    }
  }
  return pieces;
}

/**
 * What a card shows of a recipe: the style code with its first code whole and how many more
 * ("--sref 2847163095 +1"), or the prompt; Copy still copies the whole text.
 */
export function cardCode(recipe: Pick<Recipe, "code" | "prompt">): string {
  if (!recipe.code) return recipe.prompt ?? "";
  const [flag, first, ...more] = recipe.code.split(" ");
  return [flag, first, more.length > 0 ? `+${more.length}` : ""].filter(Boolean).join(" ");
}
