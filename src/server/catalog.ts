import "server-only";
import { readFileSync } from "node:fs";
import { type Catalog, createCatalog } from "@/domain/catalog/catalog";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { findCategory } from "@/domain/catalog/taxonomy";
import { getEnv, resolveFromCwd } from "./env";

let cached: Catalog | undefined;

/** The catalog content, read and validated once per instance (it is versioned content, not data). */
export function getCatalog(): Catalog {
  if (cached) return cached;
  const file = resolveFromCwd(getEnv().CATALOG_PATH);
  const parsed = catalogFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`catalog ${file} is invalid at ${first?.path.join(".")}: ${first?.message}`);
  }
  cached = createCatalog(parsed.data, (slug) => findCategory(slug)?.name ?? slug);
  return cached;
}
