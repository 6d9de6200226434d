import "server-only";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { type Catalog, createCatalog } from "@/domain/catalog/catalog";
import { type CatalogFile, type StyleRecord, styleSchema } from "@/domain/catalog/schema";
import { findCategory } from "@/domain/catalog/taxonomy";
import { getEnv, resolveFromCwd } from "./env";

let cached: Catalog | undefined;

const envelopeSchema = z.object({ version: z.string().min(1), styles: z.array(z.unknown()) });

/**
 * Validates the parsed file style by style, letting go of each raw style once its checked
 * copy exists, so a large catalog (53 MB of JSON at 100k images) is never held twice over.
 * Same rules as catalogFileSchema; throws naming the first problem's path.
 */
export function validateCatalogFile(raw: unknown, file: string): CatalogFile {
  const fail = (issue: z.core.$ZodIssue | undefined, prefix: (string | number)[]) => {
    const path = [...prefix, ...(issue?.path ?? [])].map(String).join(".");
    return new Error(`catalog ${file} is invalid at ${path}: ${issue?.message}`);
  };
  const envelope = envelopeSchema.strict().safeParse(raw);
  if (!envelope.success) throw fail(envelope.error.issues[0], []);
  // the file's own array (zod's result is a copy), so each raw style can be let go
  const rawStyles = (raw as { styles: unknown[] }).styles;
  const styles: StyleRecord[] = [];
  for (let i = 0; i < rawStyles.length; i++) {
    const parsed = styleSchema.safeParse(rawStyles[i]);
    if (!parsed.success) throw fail(parsed.error.issues[0], ["styles", i]);
    styles.push(parsed.data);
    rawStyles[i] = undefined;
  }
  return { version: envelope.data.version, styles };
}

/** The catalog content, read and validated once per instance (it is versioned content, not data). */
export function getCatalog(): Catalog {
  if (cached) return cached;
  const file = resolveFromCwd(getEnv().CATALOG_PATH);
  const parsed = validateCatalogFile(JSON.parse(readFileSync(file, "utf8")), file);
  cached = createCatalog(parsed, (slug) => findCategory(slug)?.name ?? slug);
  return cached;
}
