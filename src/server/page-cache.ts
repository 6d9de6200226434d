import { LRUCache } from "lru-cache";

/**
 * Rendered pages, kept briefly and served with a fresh nonce each time.
 *
 * Every page is rendered for an anonymous visitor (the sign-in token lives in
 * localStorage; no page request carries it), so a page's HTML depends only on its URL.
 * Rendering the home page costs about 30 ms of CPU; serving a kept copy is writing its
 * UTF-8 pieces with the new nonce between them. The CSP stays per request: the nonce the
 * copy was rendered with is replaced everywhere in it by the new response's nonce, so no
 * two responses share a nonce.
 *
 * Copies are made by asking the server itself for the page with RENDER_HEADER set, which
 * the proxy lets through to Next untouched (and which is never answered from the cache).
 */

export const RENDER_HEADER = "x-mjpro-render";

/** How long a copy is served: the catalog changes with a deploy, likes and plans live in the browser. */
export const PAGE_TTL_MS = 60_000;
const MAX_BYTES = 24 * 1024 * 1024;

/** Response headers not copied from the render: per-response, or about the transfer. */
const SKIPPED_HEADERS = new Set([
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "set-cookie",
]);

export interface KeptPage {
  status: number;
  /** the HTML as UTF-8, cut where the nonce it was rendered with stood */
  parts: Buffer[];
  bytes: number;
  /** the nonce the page was rendered with, replaced by each response's own */
  nonce: string;
  headers: [string, string][];
}

/** A page as one response sends it: its own nonce in the HTML and headers. */
export interface ServedPage {
  status: number;
  /** the HTML in pieces, to be sent one after another (joining them would copy the page for every response) */
  body: Buffer[];
  bytes: number;
  headers: [string, string][];
}

/** What decides whether a kept copy may answer a request. */
export interface PageView {
  method: string;
  url: URL;
  hasHeader(name: string): boolean;
}

const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/_-]+={0,2})'/;

/** A plain page view a copy may answer: GET, no token, not one of Next's own client-side fetches. */
export function isCacheablePageView({ method, url, hasHeader }: PageView): boolean {
  if (method !== "GET") return false;
  if (hasHeader(RENDER_HEADER) || hasHeader("authorization")) return false;
  // client-side navigation and prefetch fetch React Server Component payloads, not HTML
  if (hasHeader("rsc") || hasHeader("next-router-prefetch") || hasHeader("next-router-state-tree"))
    return false;
  if (url.searchParams.has("_rsc")) return false;
  return CACHED_PAGE_PATH.test(url.pathname);
}

export function pageViewOf(request: Request): PageView {
  return {
    method: request.method,
    url: new URL(request.url),
    hasHeader: (name) => request.headers.has(name),
  };
}

/**
 * The catalog's pages and the static ones. Sign-in, account and billing pages are
 * left out: they are few, and a copy must never show a checkout's state a minute late.
 */
export const CACHED_PAGE_PATH =
  /^\/(|search|liked|pricing|privacy|terms|styles\/[a-z0-9-]+|category\/[a-z0-9-]+)$/;

/**
 * Where the copy of a page is rendered: this server itself, never the Host a request
 * names (a forged Host would otherwise make the server fetch, and keep for everyone, a
 * page from anywhere). Under `npm start` that is server.mjs on PORT, at MJPRO_LISTEN_HOST
 * when it listens on one address only. On Vercel it is this deployment's own address,
 * VERCEL_URL: SITE_URL may point at another deployment (a preview's would be production's).
 */
export function renderTarget(
  url: URL,
  env: {
    VERCEL?: string | undefined;
    VERCEL_URL?: string | undefined;
    PORT?: string | undefined;
    MJPRO_LISTEN_HOST?: string | undefined;
  },
): URL {
  const host = env.MJPRO_LISTEN_HOST || "127.0.0.1";
  const target = new URL(
    env.VERCEL && env.VERCEL_URL
      ? `https://${env.VERCEL_URL}`
      : `http://${host.includes(":") ? `[${host}]` : host}:${env.PORT || "3000"}`,
  );
  // assigned, not parsed: a path like //elsewhere.example stays a path on this origin
  target.pathname = url.pathname;
  target.search = url.search;
  return target;
}

export interface PageCache {
  /** The page at `url` with `nonce` in place of the one it was rendered with, or undefined to render it as usual. */
  serve(url: URL, nonce: string): Promise<ServedPage | undefined>;
}

export function createPageCache(options: {
  /** asks the server for a page; the proxy lets RENDER_HEADER requests through */
  render: (url: URL) => Promise<Response>;
  now?: () => number;
}): PageCache {
  const now = options.now ?? Date.now;
  const kept = new LRUCache<string, KeptPage>({
    maxSize: MAX_BYTES,
    sizeCalculation: (page) => page.bytes + 1,
    ttl: PAGE_TTL_MS,
    ttlResolution: 0,
    perf: { now },
  });
  const rendering = new Map<string, Promise<KeptPage | undefined>>();
  // when the server cannot reach itself (refused, or a deployment protection answering 401
  // or 403), copies are not tried again for a while, so page views do not each pay for it
  let unreachableUntil = 0;

  async function renderCopy(url: URL): Promise<KeptPage | undefined> {
    let response: Response;
    try {
      response = await options.render(url);
    } catch {
      unreachableUntil = now() + PAGE_TTL_MS;
      return undefined;
    }
    if (response.status === 401 || response.status === 403) unreachableUntil = now() + PAGE_TTL_MS;
    const nonce = response.headers.get("content-security-policy")?.match(NONCE_IN_CSP)?.[1];
    // an HTML page answers this request (a 404 too, rather than rendering it twice); anything
    // else (a redirect, say) is left to render as usual
    const html = response.status === 200 || response.status === 404;
    if (!html || !nonce || !response.headers.get("content-type")?.startsWith("text/html")) {
      // not awaited: inside Next's proxy, cancelling the body of a streamed 404 never settles
      response.body?.cancel().catch(() => undefined);
      return undefined;
    }
    const headers = [...response.headers].filter(([name]) => !SKIPPED_HEADERS.has(name.toLowerCase()));
    // encoded once here, not on every response: encoding 134 KB of HTML was most of a served copy's cost
    const parts = (await response.text()).split(nonce).map((part) => Buffer.from(part));
    const bytes = parts.reduce((sum, part) => sum + part.length, 0);
    return { status: response.status, parts, bytes, nonce, headers };
  }

  return {
    async serve(url, nonce) {
      const key = `${url.pathname}${url.search}`;
      let page = kept.get(key);
      if (!page) {
        if (now() < unreachableUntil) return undefined;
        let pending = rendering.get(key);
        if (!pending) {
          pending = renderCopy(url)
            .catch(() => undefined)
            .finally(() => rendering.delete(key));
          rendering.set(key, pending);
        }
        page = await pending;
        if (!page) return undefined;
        // only a page that exists is kept: made-up URLs must not fill the cache
        if (page.status === 200) kept.set(key, page);
      }
      const nonceBytes = Buffer.from(nonce);
      return {
        status: page.status,
        body: page.parts.flatMap((part, i) => (i === 0 ? [part] : [nonceBytes, part])),
        bytes: page.bytes + (page.parts.length - 1) * nonceBytes.length,
        // the nonce is also in headers (a font preload's Link header carries it)
        headers: page.headers.map(([name, value]) => [name, value.replaceAll(page.nonce, nonce)]),
      };
    },
  };
}
