import { findCategory, findModel } from "@/domain/catalog/taxonomy";

export function categoryName(slug: string): string {
  return findCategory(slug)?.name ?? slug;
}

export function modelLabel(id: string): string {
  return findModel(id)?.label ?? id;
}

export function recipeKindLabel(kind: "sref" | "moodboard" | "prompt"): string {
  return kind === "sref" ? "Style reference" : kind === "moodboard" ? "Moodboard profile" : "Prompt";
}

/** "1 image", "5 images" (a style may have a single image) */
export function imageCount(count: number): string {
  return `${count} image${count === 1 ? "" : "s"}`;
}
