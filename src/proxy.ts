import { type NextRequest, NextResponse } from "next/server";
import { ERROR_STATUS, type ErrorCode } from "@/domain/errors";
import { makePrivate, SHARED_READ_HEADERS } from "@/server/cache-policy";
import { getLog } from "@/server/log";
import { apiSecurityHeaders, cacheControlFor, createNonce, securityHeaders } from "@/server/security-headers";

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
  if (!decodable(request.nextUrl.pathname)) return malformedPath(request);
  // an API path with a well-formed escape: the route sets its own headers
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
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

/** Whether a path's percent-escapes decode; Next cannot match "/styles/%" to a route and answers a bare 500. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function malformedPath(request: NextRequest): Response {
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  getLog().info({ event: "request", method: request.method, path: "(malformed)", status: 400 });
  const message = "The address has a malformed percent-escape (a % not followed by two hex digits of UTF-8).";
  const headers = isApi ? apiSecurityHeaders() : securityHeaders(createNonce(), { development });
  return isApi
    ? Response.json(
        { error: { code: "malformed_path" satisfies ErrorCode, message } },
        { status: ERROR_STATUS.malformed_path, headers: { ...headers } },
      )
    : new Response(`400 Bad Request\n${message}\n`, {
        status: 400,
        headers: { ...headers, "content-type": "text/plain; charset=utf-8" },
      });
}

export const config = {
  matcher: [
    // every path but /api/…; the lookahead keeps /api itself and pages like /apis
    "/((?!api/).*)",
    // API paths only when they hold an escape, to refuse malformed ones before Next fails on them
    "/api/(.*%.*)",
  ],
};
