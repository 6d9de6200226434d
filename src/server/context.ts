import "server-only";
import type { Viewer } from "@/domain/entitlements";
import type { CatalogContext } from "@/services/context";
import { getCatalog } from "./catalog";
import { getImages } from "./images";

export function catalogContext(viewer: Viewer): CatalogContext {
  return { catalog: getCatalog(), images: getImages(), viewer };
}
