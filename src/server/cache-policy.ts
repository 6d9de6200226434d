/**
 * Who may keep a response, and how long: the two policies every response takes one of
 * (pages, which carry a per-request nonce, are never shared-cached: src/proxy.ts).
 *
 * Shared reads are what every anonymous caller gets alike (catalog reads, media, sitemap,
 * robots). The catalog changes only with a deploy. Vercel's CDN keeps its copies per
 * deployment, so a deploy starts it afresh and it may keep them until then (no purge is
 * needed); any other shared cache, which no deploy empties, keeps them five minutes and
 * may serve them an hour longer while it asks again; browsers keep them a minute.
 */
export const SHARED_READ_HEADERS = {
  "Cache-Control": "public, max-age=60, s-maxage=300, stale-while-revalidate=3600",
  "Vercel-CDN-Cache-Control": "max-age=31536000",
} as const;

/**
 * Shared reads that change without a deploy: the catalog sorted by popularity follows
 * people's likes, so no cache may keep it past a minute (or serve it stale past five).
 * Vercel's CDN reads `s-maxage` when no Vercel-CDN-Cache-Control is given.
 */
export const CHANGING_READ_HEADERS = {
  "Cache-Control": "public, max-age=60, s-maxage=60, stale-while-revalidate=300",
} as const;

/** Anything answered to a request with a token: never stored, by anyone. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/** Makes a response to a request with a token private: no shared cache may keep it, Vercel's included. */
export function makePrivate(headers: Headers, cacheControl: string = PRIVATE_CACHE_CONTROL): void {
  headers.set("cache-control", cacheControl);
  headers.delete("vercel-cdn-cache-control");
}
