import { findCategory } from "@/domain/catalog/taxonomy";
import { modelLabel as labelOfModel } from "@/domain/midjourney/versions";

export function categoryName(slug: string): string {
  return findCategory(slug)?.name ?? slug;
}

/** "V8.2", "Niji 7"; "Model not stated" when a style's source does not say. */
export function modelLabel(id: string | undefined): string {
  return id ? labelOfModel(id) : "Model not stated";
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "March 2026" for 2026-03 or 2026-03-14. */
export function testMonth(date: string): string {
  const [year, month] = date.split("-");
  return `${MONTHS[Number(month) - 1] ?? ""} ${year}`.trim();
}

export function recipeKindLabel(kind: "sref" | "moodboard" | "prompt"): string {
  return kind === "sref" ? "Style reference" : kind === "moodboard" ? "Moodboard profile" : "Prompt";
}

/** "1 image", "5 images" (a style may have a single image) */
export function imageCount(count: number): string {
  return `${count} image${count === 1 ? "" : "s"}`;
}

/** "tested on V7, March 2026", "tested on V7", "model not stated" */
export function testedLine(style: {
  model?: string;
  tested?: readonly { model: string; date?: string }[];
}): string {
  const tests = style.tested?.length ? style.tested : style.model ? [{ model: style.model }] : [];
  if (tests.length === 0) return "model not stated";
  return `tested on ${tests
    .map((t) =>
      "date" in t && t.date ? `${modelLabel(t.model)}, ${testMonth(t.date)}` : modelLabel(t.model),
    )
    .join("; ")}`;
}
