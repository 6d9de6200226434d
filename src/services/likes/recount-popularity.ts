import type { Store } from "@/adapters/store/port";
import type { Catalog } from "@/domain/catalog/catalog";

export interface PopularityRecount {
  /** accounts that like at least one image of the catalog */
  accounts: number;
  /** styles with at least one liker */
  styles: number;
  /** styles whose count was wrong (a crash between a merge and its count, or a changed catalog) */
  corrected: number;
  /** false when likes kept changing the counts while they were counted (see PopularityStore.recount) */
  exact: boolean;
}

/**
 * Counts the likers of each style again from every account's likes, with the catalog as it is
 * now, and replaces the counts `sort=popular` orders by. For the operator: after a crash of
 * the Redis store, or after an import moved images out of their styles.
 */
export async function recountPopularity(ctx: { store: Store; catalog: Catalog }): Promise<PopularityRecount> {
  const before = await ctx.store.popularity.likers();
  const { accounts, exact } = await ctx.store.popularity.recount(ctx.catalog.styleIdByImageId);
  const after = await ctx.store.popularity.likers();
  const styles = new Set([...before.keys(), ...after.keys()]);
  const corrected = [...styles].filter((style) => before.get(style) !== after.get(style)).length;
  return { accounts, styles: after.size, corrected, exact };
}
