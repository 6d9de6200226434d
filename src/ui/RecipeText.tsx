import { recipePieces } from "./recipe-text";

/** A recipe's exact text, with each flag and its value kept on one line ("--stylize 400"). */
export function RecipeText({ text }: { text: string }) {
  return recipePieces(text).map((piece, index) =>
    piece.flag ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed text
      <span key={index} className="recipe-flag">
        {piece.text}
      </span>
    ) : (
      piece.text
    ),
  );
}
