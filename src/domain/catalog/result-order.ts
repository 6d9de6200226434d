import type { IndexedStyle } from "./catalog";

/**
 * A ranked result. `key` orders results: compared element by element, larger first,
 * then by style id ascending, so every style has one fixed place and keyset paging
 * never skips or repeats a style.
 */
export interface RankedStyle {
  entry: IndexedStyle;
  key: readonly number[];
}

/**
 * A packed number holds a browse rank below RANK_SLOTS and a lead below MAX_PACKED_LEAD
 * (random order's 32-bit hashes among them): at most 2^53 - 1, so exact.
 */
const RANK_SLOTS = 2 ** 21;
const MAX_PACKED_LEAD = 2 ** 32;

/**
 * Results in resultOrder. Most searches rank by one number and the time (a colour, a palette,
 * popular or random order, most word searches): then each result's lead and browse rank are
 * packed into one float and sorted as plain numbers, which a search by image's thousands of
 * results need to stay fast; any other key is compared in full.
 */
export function sortResults(results: RankedStyle[], newestRank: Int32Array): RankedStyle[] {
  const packable =
    newestRank.length <= RANK_SLOTS &&
    results.every(({ key }) => {
      const lead = key[0] as number;
      return key.length === 2 && Number.isInteger(lead) && lead >= 0 && lead < MAX_PACKED_LEAD;
    });
  if (!packable) return results.sort(resultOrder(newestRank));
  const resultAtRank = new Int32Array(newestRank.length);
  const packed = new Float64Array(results.length);
  results.forEach((result, i) => {
    const rank = newestRank[result.entry.position] as number;
    resultAtRank[rank] = i;
    // a higher lead first, then the earlier browse rank: descending packed order
    packed[i] = (result.key[0] as number) * RANK_SLOTS + (RANK_SLOTS - 1 - rank);
  });
  packed.sort();
  const sorted: RankedStyle[] = [];
  for (let i = packed.length - 1; i >= 0; i--) {
    const rank = RANK_SLOTS - 1 - ((packed[i] as number) % RANK_SLOTS);
    sorted.push(results[resultAtRank[rank] as number] as RankedStyle);
  }
  return sorted;
}

/**
 * compareKeys (keys, then id), made cheaper: every key of one search ends with the publishing time, and
 * (publishing time, id) is the browse order the catalog has ranked once already, so the
 * last element and the id are compared as one number. Broad searches sort thousands of
 * results; comparing ids there was a third of the time a distinct search took.
 */
function resultOrder(newestRank: Int32Array) {
  return (a: RankedStyle, b: RankedStyle): number => {
    const last = a.key.length - 1;
    for (let i = 0; i < last; i++) {
      const diff = (b.key[i] as number) - (a.key[i] as number);
      if (diff !== 0) return diff;
    }
    return (newestRank[a.entry.position] as number) - (newestRank[b.entry.position] as number);
  };
}
