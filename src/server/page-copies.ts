import { createPageCache, isCacheablePageRequest, RENDER_HEADER, renderTarget } from "./page-cache";
import { processWide } from "./process-wide";
import { createNonce, securityHeaders } from "./security-headers";

/**
 * The page copies of this process, shared by the proxy and the direct routes
 * (src/server/direct): each bundle would otherwise keep its own.
 */
function sharedPageCache() {
  return processWide("pageCache", () =>
    createPageCache({
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
    }),
  );
}

/**
 * A page view answered from a copy rendered at most a minute ago, with a nonce of its
 * own and the security headers; undefined when the page is to be rendered as usual
 * (not a plain page view, development, or no copy could be made).
 */
export async function pageCopyResponse(request: Request): Promise<Response | undefined> {
  if (process.env.NODE_ENV === "development" || !isCacheablePageRequest(request)) return undefined;
  const nonce = createNonce();
  const page = await sharedPageCache().serve(new URL(request.url), nonce);
  if (!page) return undefined;
  const response = new Response(page.html, { status: page.status, headers: page.headers });
  for (const [name, value] of Object.entries(securityHeaders(nonce, { development: false })))
    response.headers.set(name, value);
  return response;
}
