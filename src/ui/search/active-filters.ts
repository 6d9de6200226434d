import { findCategory } from "@/domain/catalog/taxonomy";
import { parsePalette } from "@/domain/color/palette-query";
import { parseColor } from "@/domain/color/swatches";
import { findModelRow } from "@/domain/midjourney/versions";
import type { SearchValues } from "../SearchForm";
import { KIND_OPTIONS, optionLabel, SORT_OPTIONS, TIER_OPTIONS } from "./options";

/** One active filter as the page shows it: what it is, and the same search without it. */
export interface ActiveFilter {
  key: string;
  /** what kind of filter: "Category", "Word" */
  kind: string;
  /** its value as people read it: "Cinematic", "neon" */
  value: string;
  /** colours shown with it (#rrggbb) */
  colors: string[];
  /** the search without this filter */
  href: string;
}

function hrefWith(query: string, change: (params: URLSearchParams) => void): string {
  const params = new URLSearchParams(query);
  change(params);
  params.delete("cursor");
  const text = params.toString();
  return text ? `/search?${text}` : "/search";
}

/**
 * The page's active filters, in the order the form shows them, each with a link to the
 * search without it. `query` is the search's own query string (its key order is kept);
 * each word of the search counts as a filter of its own.
 */
export function activeFilters(values: SearchValues, query: string): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  const add = (key: string, kind: string, value: string, drop: string[], colors: string[] = []) =>
    filters.push({
      key,
      kind,
      value,
      colors,
      href: hrefWith(query, (params) => {
        for (const name of drop) params.delete(name);
      }),
    });

  const words = (values.q ?? "").split(/\s+/).filter(Boolean);
  words.forEach((word, index) => {
    filters.push({
      key: `q-${index}`,
      kind: "Word",
      value: word,
      colors: [],
      href: hrefWith(query, (params) => {
        const rest = words.filter((_, i) => i !== index).join(" ");
        if (rest) params.set("q", rest);
        else params.delete("q");
      }),
    });
  });
  if (values.category)
    add("category", "Category", findCategory(values.category)?.name ?? values.category, ["category"]);
  if (values.model) add("model", "Works on", findModelRow(values.model)?.label ?? values.model, ["model"]);
  if (values.ar) add("ar", "Ratio", values.ar, ["ar"]);
  if (values.tier) add("tier", "Access", optionLabel(TIER_OPTIONS, values.tier) ?? values.tier, ["tier"]);
  if (values.kind) add("kind", "Kind", optionLabel(KIND_OPTIONS, values.kind) ?? values.kind, ["kind"]);
  if (values.sort)
    add("sort", "Sort", optionLabel(SORT_OPTIONS, values.sort) ?? values.sort, ["sort", "seed"]);
  const color = values.color ? parseColor(values.color) : undefined;
  if (color) add("color", "Colour", color.label, ["color"], [color.hex]);
  const palette = values.palette ? parsePalette(values.palette) : undefined;
  if (palette)
    add(
      "palette",
      "Palette",
      `${palette.length} ${palette.length === 1 ? "colour" : "colours"}`,
      ["palette"],
      palette.map((c) => `#${c.hex}`),
    );
  return filters;
}
