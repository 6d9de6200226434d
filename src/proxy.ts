import { type NextRequest, NextResponse } from "next/server";
import { createPageCache, isCacheablePageRequest, RENDER_HEADER, renderTarget } from "@/server/page-cache";
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
 * nonce in it (src/server/page-cache.ts), when there is one.
 */
const development = process.env.NODE_ENV === "development";

const pageCache = createPageCache({
  render: (url) =>
    fetch(
      renderTarget(url, {
        VERCEL: process.env.VERCEL,
        VERCEL_URL: process.env.VERCEL_URL,
        PORT: process.env.PORT,
      }),
      {
        headers: {
          [RENDER_HEADER]: "1",
          "accept-encoding": "identity",
          // Vercel sets this when "Protection Bypass for Automation" is on; without it a
          // protected deployment answers 401 and pages are rendered per request
          ...(process.env.VERCEL_AUTOMATION_BYPASS_SECRET
            ? { "x-vercel-protection-bypass": process.env.VERCEL_AUTOMATION_BYPASS_SECRET }
            : {}),
        },
        redirect: "manual",
        cache: "no-store",
      },
    ),
});

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = createNonce();
  const headers = securityHeaders(nonce, { development });

  if (!development && isCacheablePageRequest(request)) {
    const page = await pageCache.serve(new URL(request.url), nonce);
    if (page) {
      const response = new NextResponse(page.html, { status: page.status, headers: page.headers });
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    }
  }

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
