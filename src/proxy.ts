import { type NextRequest, NextResponse } from "next/server";
import { pageCopyResponse } from "@/server/page-copies";
import { cacheControlFor, createNonce, securityHeaders } from "@/server/security-headers";

/**
 * Security headers on every response but the API's: pages, 404s, /media, and Next's
 * static files and image optimizer (nothing else would set these headers there).
 * API routes set their own, nonce-free and stricter, in src/server/http.ts `route()`:
 * running the proxy costs about 1.5 ms of CPU per request.
 *
 * The CSP also goes on the request: Next reads the `'nonce-…'` out of the
 * request's Content-Security-Policy while rendering and puts it on every script
 * it emits. `x-nonce` carries the bare nonce for server components that render
 * their own <Script>.
 *
 * Page views are answered from a copy of the rendered page, with this response's
 * nonce in it (src/server/page-copies.ts), when there is one. Under `npm start` most
 * never reach the proxy: server.mjs answers them first (src/server/direct).
 */
const development = process.env.NODE_ENV === "development";

export async function proxy(request: NextRequest): Promise<Response> {
  const copy = await pageCopyResponse(request);
  if (copy) return copy;

  const nonce = createNonce();
  const headers = securityHeaders(nonce, { development });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["content-security-policy"]);
  requestHeaders.set("x-nonce", nonce);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);

  // Headers set here win over the route's own (Next keeps the proxy's value when
  // both set one), so the route's Cache-Control is not visible yet: any
  // authenticated request gets "private, no-store".
  const cacheControl = cacheControlFor(request.headers);
  if (cacheControl) response.headers.set("cache-control", cacheControl);
  return response;
}

export const config = {
  // every path but /api/…; the lookahead keeps /api itself and pages like /apis
  matcher: ["/((?!api/).*)"],
};
