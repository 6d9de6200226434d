import {
  createPageCache,
  isCacheablePageView,
  type PageView,
  pageViewOf,
  RENDER_HEADER,
  renderTarget,
  type ServedPage,
} from "./page-cache";
import { processWide } from "./process-wide";
import { createNonce, securityHeaders } from "./security-headers";

/** the headers each copy gets afresh (all lower-case), replacing the render's */
const SECURITY_HEADER_NAMES = new Set(Object.keys(securityHeaders("", { development: false })));

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
            MJPRO_LISTEN_HOST: process.env.MJPRO_LISTEN_HOST,
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
export async function pageCopy(view: PageView): Promise<ServedPage | undefined> {
  if (process.env.NODE_ENV === "development" || !isCacheablePageView(view)) return undefined;
  const nonce = createNonce();
  const page = await sharedPageCache().serve(view.url, nonce);
  if (!page) return undefined;
  const security = Object.entries(securityHeaders(nonce, { development: false }));
  return {
    ...page,
    headers: [
      ...page.headers.filter(([name]) => !SECURITY_HEADER_NAMES.has(name.toLowerCase())),
      ...security,
    ],
  };
}

/** pageCopy as a web Response, for the proxy. */
export async function pageCopyResponse(request: Request): Promise<Response | undefined> {
  const page = await pageCopy(pageViewOf(request));
  return (
    page && new Response(Buffer.concat(page.body, page.bytes), { status: page.status, headers: page.headers })
  );
}
