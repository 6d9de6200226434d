/** The search page's choices that are not the catalog's vocabularies (those are in domain/catalog/taxonomy). */

export const KIND_OPTIONS = [
  { value: "sref", label: "Style reference" },
  { value: "moodboard", label: "Moodboard profile" },
  { value: "prompt", label: "Prompt" },
] as const;

export const SORT_OPTIONS = [
  { value: "newest", label: "Newest" },
  { value: "popular", label: "Most liked" },
  { value: "random", label: "Random" },
] as const;

/** What no `sort` means: relevance for words, match strength for a colour or palette, else the browse order. */
export const BEST_MATCH_LABEL = "Best match";

export const TIER_OPTIONS = [
  { value: "free", label: "Free recipes" },
  { value: "pro", label: "Pro recipes" },
] as const;

export function optionLabel(
  options: readonly { value: string; label: string }[],
  value: string | undefined,
): string | undefined {
  return options.find((option) => option.value === value)?.label;
}
