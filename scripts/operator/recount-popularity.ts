/**
 * Counts again how many accounts like each style (what "Popular" orders by), from every
 * account's likes and the catalog as it is now, against whichever store is configured (the
 * app's settings: REDIS_URL, DATA_DIR ...). Run it after the Redis store crashed, or after an
 * import took images out of their styles; the app reads the new counts within a minute.
 *
 *   npm run recount-popularity
 */
import { getCatalog } from "@/server/catalog";
import { getStore } from "@/server/store";
import { recountPopularity } from "@/services/likes/recount-popularity";

const store = getStore();
try {
  const ranAt = Date.now();
  const run = await recountPopularity({ store, catalog: getCatalog() });
  console.log(JSON.stringify({ job: "recount-popularity", ranAt: new Date(ranAt).toISOString(), ...run }));
} finally {
  await store.close();
}
