import type { CatalogFile } from "@/domain/catalog/schema";
import { AppError } from "@/domain/errors";
import { finishCatalog } from "./import-styles";

/** A catalog that already holds styles, which `init` would throw away. */
export class CatalogNotEmptyError extends AppError {
  constructor(readonly styles: number) {
    super("catalog_not_empty", `the catalog already holds ${styles} styles`);
    this.name = "CatalogNotEmptyError";
  }
}

/**
 * The empty catalog a new site starts from. It replaces a catalog that holds styles only
 * when asked to (`force`), so a slip of the keyboard cannot wipe a library.
 */
export function initCatalog(current: CatalogFile | undefined, options: { force: boolean }): CatalogFile {
  if (current && current.styles.length > 0 && !options.force)
    throw new CatalogNotEmptyError(current.styles.length);
  return finishCatalog([]);
}
