import type { StyleRecord } from "@/domain/catalog/schema";
import type { Tier } from "@/domain/catalog/taxonomy";
import type { CatalogContext } from "../context";

/** Draws before falling back to a scan: with half the catalog free, 16 misses in a row happen once in 65,536. */
const DRAWS = 16;

/**
 * A style picked at random ("Surprise me"), of `tier` when given. A draw is a random place
 * in the catalog, not a shuffle of it, so a surprise costs the same at any catalog size
 * and leaves no ranked list behind in the search caches. `randomIndex(n)` answers 0 ≤ i < n.
 */
export function surpriseStyle(
  ctx: Pick<CatalogContext, "catalog">,
  input: { tier?: Tier },
  randomIndex: (n: number) => number,
): StyleRecord | undefined {
  const { styles } = ctx.catalog;
  if (styles.length === 0) return undefined;
  const fits = (style: StyleRecord) => !input.tier || style.tier === input.tier;
  for (let i = 0; i < DRAWS; i++) {
    const style = styles[randomIndex(styles.length)]?.style;
    if (style && fits(style)) return style;
  }
  const fitting = styles.filter((s) => fits(s.style));
  return fitting[randomIndex(fitting.length)]?.style;
}
