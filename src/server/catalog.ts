import "server-only";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { arrayElements, JsonSpanError, type Span, topLevelMembers } from "@/adapters/files/json-spans";
import { type Catalog, createCatalog } from "@/domain/catalog/catalog";
import { type CatalogFile, type StyleRecord, styleSchema } from "@/domain/catalog/schema";
import { findCategory } from "@/domain/catalog/taxonomy";
import { getEnv, resolveFromCwd } from "./env";
import { processWide } from "./process-wide";

const envelopeSchema = z.object({ version: z.string().min(1), styles: z.array(z.unknown()) });

function invalid(file: string, prefix: (string | number)[], issue: z.core.$ZodIssue | undefined): Error {
  const path = [...prefix, ...(issue?.path ?? [])].map(String).join(".");
  return new Error(`catalog ${file} is invalid at ${path}: ${issue?.message}`);
}

/** Checks `count` styles one at a time; `styleAt(i)` hands over the i-th raw style and lets go of it. */
function checkedStyles(file: string, count: number, styleAt: (i: number) => unknown): StyleRecord[] {
  const styles: StyleRecord[] = [];
  for (let i = 0; i < count; i++) {
    const parsed = styleSchema.safeParse(styleAt(i));
    if (!parsed.success) throw invalid(file, ["styles", i], parsed.error.issues[0]);
    styles.push(parsed.data);
  }
  return styles;
}

/**
 * Validates the parsed file style by style, letting go of each raw style once its checked
 * copy exists, so a large catalog is never held twice over.
 * Same rules as catalogFileSchema; throws naming the first problem's path.
 */
export function validateCatalogFile(raw: unknown, file: string): CatalogFile {
  const envelope = envelopeSchema.strict().safeParse(raw);
  if (!envelope.success) throw invalid(file, [], envelope.error.issues[0]);
  // the file's own array (zod's result is a copy), so each raw style can be let go
  const rawStyles = (raw as { styles: unknown[] }).styles;
  const styles = checkedStyles(file, rawStyles.length, (i) => {
    const style = rawStyles[i];
    rawStyles[i] = undefined;
    return style;
  });
  return { version: envelope.data.version, styles };
}

/** Where the version and each style are in a catalog file's text, if it is the plain {version, styles} object. */
function catalogSpans(text: string): { version: Span; styles: Span[] } | undefined {
  try {
    const members = topLevelMembers(text);
    const version = members.get("version");
    const styles = members.get("styles");
    if (!version || !styles || members.size !== 2) return undefined;
    return { version, styles: arrayElements(text, styles) };
  } catch (error) {
    if (error instanceof JsonSpanError) return undefined;
    throw error;
  }
}

/**
 * Parses and validates a catalog file's text one style at a time: each style's parsed
 * object dies young once its checked copy exists, so loading never holds a second tree
 * of the whole catalog, which the process would keep as resident memory after loading
 * (docs/benchmarks.md has the figure). Any other shape goes through the whole-file
 * path, which gives JSON.parse's and the schema's own messages.
 */
export function parseCatalogText(text: string, file: string): CatalogFile {
  const spans = catalogSpans(text);
  if (!spans) return validateCatalogFile(JSON.parse(text), file);
  const at = (span: Span) => JSON.parse(text.slice(span[0], span[1])) as unknown;
  const version = envelopeSchema.shape.version.safeParse(at(spans.version));
  if (!version.success) throw invalid(file, ["version"], version.error.issues[0]);
  const styles = checkedStyles(file, spans.styles.length, (i) => at(spans.styles[i] as Span));
  return { version: version.data, styles };
}

/**
 * The catalog content, read and validated once per process (it is versioned content, not
 * data), and shared by the API's and the pages' bundles.
 */
export function getCatalog(): Catalog {
  return processWide("catalog", () => {
    const file = resolveFromCwd(getEnv().CATALOG_PATH);
    const parsed = parseCatalogText(readFileSync(file, "utf8"), file);
    return createCatalog(parsed, (slug) => findCategory(slug)?.name ?? slug);
  });
}
