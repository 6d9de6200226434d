/** Lowercases, strips accents and punctuation, so "Café-Noir!" and "cafe noir" compare equal. */
export function normalizeText(input: string): string {
  return input
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}:.]+/gu, " ")
    .trim();
}

export function tokenize(input: string): string[] {
  const normalized = normalizeText(input);
  if (!normalized) return [];
  return normalized
    .split(" ")
    .map((w) => w.replace(/^[:.]+|[:.]+$/g, ""))
    .filter((w) => w.length > 0);
}
