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
