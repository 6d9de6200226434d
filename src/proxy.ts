import { type NextRequest, NextResponse } from "next/server";
import { makePrivate, SHARED_READ_HEADERS } from "@/server/cache-policy";
import { cacheControlFor, createNonce, securityHeaders } from "@/server/security-headers";

/**
 * Security headers on every response but the API's: pages, 404s, /media, and Next's
 * static files and image optimizer (nothing else would set these headers there).
 * API routes set their own, nonce-free and stricter, in src/server/http.ts `route()`.
 *
 * The CSP also goes on the request: Next reads the `'nonce-…'` out of the
 * request's Content-Security-Policy while rendering and puts it on every script
 * it emits. `x-nonce` carries the bare nonce for server components that render
 * their own <script> (the layout's first script).
 */
const development = process.env.NODE_ENV === "development";

/** Metadata routes that are the same for everyone; Next's files for them cannot set headers. */
const SHARED_READS = new Set(["/sitemap.xml", "/robots.txt"]);

export function proxy(request: NextRequest): Response {
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
  if (cacheControl) makePrivate(response.headers, cacheControl);
  else if (SHARED_READS.has(request.nextUrl.pathname)) {
    for (const [name, value] of Object.entries(SHARED_READ_HEADERS)) response.headers.set(name, value);
  }
  return response;
}

export const config = {
  // every path but /api/…; the lookahead keeps /api itself and pages like /apis
  matcher: ["/((?!api/).*)"],
};
