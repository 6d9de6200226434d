import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import {
  type ImportStyle,
  importFileSchema,
  importStyleSchema,
  slugOf,
} from "@/domain/catalog/import-schema";
import { imagePromptProblems, recipeProblems, testedProblems } from "@/domain/catalog/recipe-rules";
import { codeKey } from "@/domain/catalog/style-identity";
import type { ImportProblem } from "./import-problems";
import { plainIssue } from "./plain-issue";

export interface ImportRow {
  /** 1-based, as problems name it */
  row: number;
  style: ImportStyle & { slug: string };
  /** the line of each image's file name, for problems found later (a missing file, a duplicate) */
  imageLines: (number | undefined)[];
  line?: number;
}

/**
 * Reads and checks an import's styles.yaml: YAML syntax, every row against the import
 * schema, then Midjourney's rules for each recipe and prompt. Problems name the file,
 * the line, the row and its title, and the field; none is skipped, so one run lists
 * everything to fix. No image is opened here.
 */
export function readImportMetadata(
  fileName: string,
  text: string,
): { rows: ImportRow[]; problems: ImportProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: unknown) => {
    const range = (node as Node | undefined)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  // the first syntax error only: the ones after it are mostly its echoes
  const problems: ImportProblem[] = doc.errors.slice(0, 1).map((error) => ({
    file: fileName,
    line: lines.linePos(error.pos[0]).line,
    message: `not valid YAML: ${error.message.split("\n")[0]}`,
  }));
  if (problems.length > 0) return { rows: [], problems };

  codesAsWritten(doc);
  const top = importFileSchema.safeParse(doc.toJS(), { reportInput: true });
  if (!top.success) {
    return {
      rows: [],
      problems: top.error.issues.map((issue) => ({
        file: fileName,
        field: issue.path.join(".") || undefined,
        message:
          issue.path.length === 0 && issue.code === "invalid_type"
            ? "must list styles: under a styles: key"
            : plainIssue(issue),
      })),
    };
  }

  const rows: ImportRow[] = [];
  const seenSlugs = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  top.data.styles.forEach((raw, index) => {
    const row = index + 1;
    const node = doc.getIn(["styles", index], true);
    const title =
      typeof raw === "object" && raw !== null && typeof (raw as { title?: unknown }).title === "string"
        ? (raw as { title: string }).title
        : undefined;
    const at = (path: (string | number)[], field: string, message: string): ImportProblem => ({
      file: fileName,
      row,
      title,
      line: lineOf(deepestNode(doc, ["styles", index, ...path]) ?? node),
      field,
      message,
    });
    const parsed = importStyleSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
        problems.push(at(path, path.map(String).join(".") || "", plainIssue(issue)));
      }
      return;
    }
    const style = parsed.data;
    const slug = style.slug ?? slugOf(style.title);
    const before = problems.length;
    if (slug === "")
      problems.push(
        at(["title"], "slug", "the title has no letters a-z to make an address from; give a slug"),
      );
    const earlier = seenSlugs.get(slug);
    if (slug !== "" && earlier !== undefined)
      problems.push(at(["slug"], "slug", `"${slug}" is also row ${earlier}`));
    seenSlugs.set(slug, row);

    const key = codeKey(style.recipe);
    const sameCode = key === undefined ? undefined : seenCodes.get(key);
    if (key !== undefined && sameCode !== undefined && !style.variant)
      problems.push(
        at(
          ["recipe"],
          "recipe",
          `row ${sameCode} has the same code; mark this row variant: true if it is another take on that style`,
        ),
      );
    if (key !== undefined && sameCode === undefined) seenCodes.set(key, row);

    for (const rule of [...recipeProblems(style.recipe, style.model), ...testedProblems(style)]) {
      const path = rule.field.split(".");
      problems.push(at(path, rule.field, rule.message));
    }
    style.images.forEach((image, j) => {
      for (const message of imagePromptProblems(image.prompt ?? "", style))
        problems.push(at(["images", j, "prompt"], `images.${j}.prompt`, message));
    });
    if (style.cover !== undefined && !style.images.some((image) => image.file === style.cover))
      problems.push(at(["cover"], "cover", `${style.cover} is not one of this style's images`));
    if (problems.length > before) return;

    rows.push({
      row,
      style: { ...style, slug },
      line: lineOf(node),
      imageLines: style.images.map((_, j) => lineOf(doc.getIn(["styles", index, "images", j, "file"], true))),
    });
  });
  return { rows, problems };
}

/**
 * Codes are text: `codes: [82]` or `code: 0123` mean the digits as written, which a YAML
 * number would change (a leading zero dropped, a long code rounded).
 */
function codesAsWritten(doc: Document): void {
  const styles = doc.get("styles", true);
  if (!isSeq(styles)) return;
  styles.items.forEach((_, index) => {
    const asText = (node: unknown) => {
      if (isScalar(node) && typeof node.value === "number" && node.source !== undefined) {
        node.value = String(node.source);
      }
    };
    const codes = doc.getIn(["styles", index, "recipe", "codes"], true);
    if (isSeq(codes)) codes.items.forEach(asText);
    asText(doc.getIn(["styles", index, "recipe", "code"], true));
  });
}

/** The node at `path`, or the nearest ancestor that exists (a missing field points at its parent). */
function deepestNode(doc: Document, path: (string | number)[]): unknown {
  for (let length = path.length; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length), true);
    if (node && (isMap(node) || isSeq(node) || (node as Node).range)) return node;
  }
  return undefined;
}
