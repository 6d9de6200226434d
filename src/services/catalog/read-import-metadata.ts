import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import {
  type ImportStyle,
  importFileSchema,
  importStyleSchema,
  slugOf,
} from "@/domain/catalog/import-schema";
import type { ImportProblem } from "./import-problems";

export interface ImportRow {
  /** 1-based, as problems name it */
  row: number;
  style: ImportStyle & { slug: string };
  /** the line of each image's file name, for problems found later (a missing file, a duplicate) */
  imageLines: (number | undefined)[];
  line?: number;
}

/**
 * Reads and checks an import's styles.yaml: YAML syntax, then every row against the
 * import schema. Problems name the file, the row, the field and the line; none is
 * skipped, so one run lists everything to fix.
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
  const problems: ImportProblem[] = doc.errors.map((error) => ({
    file: fileName,
    line: error.linePos?.[0]?.line,
    message: `not valid YAML: ${error.message.split("\n")[0]}`,
  }));
  if (problems.length > 0) return { rows: [], problems };

  const top = importFileSchema.safeParse(doc.toJS());
  if (!top.success) {
    return {
      rows: [],
      problems: top.error.issues.map((issue) => ({
        file: fileName,
        field: issue.path.join(".") || undefined,
        message: issue.code === "unrecognized_keys" ? `unknown key ${issue.keys.join(", ")}` : issue.message,
      })),
    };
  }

  const rows: ImportRow[] = [];
  const seenSlugs = new Map<string, number>();
  top.data.styles.forEach((raw, index) => {
    const row = index + 1;
    const node = doc.getIn(["styles", index], true);
    const parsed = importStyleSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const nearest = deepestNode(doc, ["styles", index, ...issue.path]);
        problems.push({
          file: fileName,
          row,
          line: lineOf(nearest ?? node),
          field: issue.path.map(String).join(".") || undefined,
          message:
            issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.join(", ")}` : issue.message,
        });
      }
      return;
    }
    const slug = parsed.data.slug ?? slugOf(parsed.data.title);
    if (slug === "") {
      problems.push({
        file: fileName,
        row,
        line: lineOf(node),
        field: "slug",
        message: "the title has no letters a-z to make an address from; give a slug",
      });
      return;
    }
    const earlier = seenSlugs.get(slug);
    if (earlier !== undefined) {
      problems.push({
        file: fileName,
        row,
        line: lineOf(node),
        field: "slug",
        message: `"${slug}" is also row ${earlier}`,
      });
      return;
    }
    seenSlugs.set(slug, row);
    rows.push({
      row,
      style: { ...parsed.data, slug },
      line: lineOf(node),
      imageLines: parsed.data.images.map((_, j) =>
        lineOf(doc.getIn(["styles", index, "images", j, "file"], true)),
      ),
    });
  });
  return { rows, problems };
}

/** The node at `path`, or the nearest ancestor that exists (a missing field points at its parent). */
function deepestNode(doc: ReturnType<typeof parseDocument>, path: PropertyKey[]): unknown {
  for (let length = path.length; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length) as (string | number)[], true);
    if (node && (isMap(node) || isSeq(node) || (node as Node).range)) return node;
  }
  return undefined;
}
