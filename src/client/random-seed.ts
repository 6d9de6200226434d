const SEED_LENGTH = 8;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A fresh `seed` for `sort=random` (8 of [a-z0-9]): the same seed gives the same order again. */
export function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SEED_LENGTH));
  // 256 is not a multiple of 36: the first few letters come up slightly more often, which a shuffle's seed can afford
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join("");
}
