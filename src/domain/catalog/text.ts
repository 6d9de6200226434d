/** Lowercases, strips accents and punctuation, so "Café-Noir!" and "cafe noir" compare equal. */
export function normalizeText(input: string): string {
  return input
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}:.]+/gu, " ")
    .trim();
}

/** FNV-1a, 32 bit, as 8 hex digits: a short, stable fingerprint (not a security hash). */
export function shortHash(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export function tokenize(input: string): string[] {
  const normalized = normalizeText(input);
  if (!normalized) return [];
  return normalized
    .split(" ")
    .map((w) => w.replace(/^[:.]+|[:.]+$/g, ""))
    .filter((w) => w.length > 0);
}
