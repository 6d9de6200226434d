import { AppError } from "@/domain/errors";

/** One thing wrong with an import, located as precisely as the metadata allows. */
export interface ImportProblem {
  file: string;
  /** 1-based position of the style in the metadata's list */
  row?: number;
  /** the style's title, when the row has one */
  title?: string;
  line?: number;
  field?: string;
  message: string;
}

export function describeProblem(p: ImportProblem): string {
  const where = [
    p.file + (p.line ? `:${p.line}` : ""),
    p.row ? `row ${p.row}${p.title ? ` (${p.title})` : ""}` : undefined,
    p.field ? `field ${p.field}` : undefined,
  ].filter(Boolean);
  return `${where.join(", ")}: ${p.message}`;
}

/** The import was refused as a whole: nothing was uploaded or written. */
export class ImportRejectedError extends AppError {
  constructor(readonly problems: ImportProblem[]) {
    super(
      "import_rejected",
      `import refused, ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  - ${describeProblem(p)}`).join("\n")}`,
    );
    this.name = "ImportRejectedError";
  }
}
