import type { IncomingMessage, ServerResponse } from "node:http";
import { PUT as likeImage, DELETE as unlikeImage } from "@/app/api/likes/[imageId]/route";
import { GET as listStyles } from "@/app/api/styles/route";
import { errorResponse } from "../http";
import { getLog } from "../log";
import type { ServedPage } from "../page-cache";
import { pageCopy } from "../page-copies";
import { readBody, sendBody, sendWebResponse, toWebRequest } from "./node-bridge";

/**
 * The hottest requests, answered by server.mjs without Next's router: browsing and
 * searching the catalog, liking, and page views a kept copy can answer. Each calls the
 * very handler Next would (the route modules' exports, the proxy's page copies), so
 * behaviour is the same; what is skipped is Next's per-request work, measured at 1.3 to
 * 2.3 ms of CPU for a trivial route on this machine, against about 0.2 ms for node:http.
 *
 * Anything else, or anything unusual about these (another method, an encoded or
 * malformed id, a trailing slash), goes to Next, which answers it as it always has.
 */

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

const LIKE_PATH = /^\/api\/likes\/(img_[a-z0-9]{8,32})$/;
/** the pages src/server/page-cache.ts keeps copies of; it decides the rest per request */
const PAGE_PATH = /^\/(|search|liked|pricing|privacy|terms|styles\/[a-z0-9-]+|category\/[a-z0-9-]+)$/;

function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

async function answerApi(
  req: IncomingMessage,
  res: ServerResponse,
  handle: (request: Request) => Promise<Response>,
): Promise<void> {
  try {
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
    await sendWebResponse(req, res, await handle(toWebRequest(req, body)));
  } catch (error) {
    getLog().error({ event: "direct_route_error", err: error }, "direct route failed");
    if (res.headersSent) res.destroy();
    else await sendWebResponse(req, res, errorResponse(500, "internal", "Something went wrong on our side."));
  }
}

async function answerPage(req: IncomingMessage, res: ServerResponse, next: NodeHandler): Promise<void> {
  let page: ServedPage | undefined;
  try {
    page = await pageCopy({
      method: req.method ?? "GET",
      url: new URL(req.url ?? "/", "http://localhost"),
      hasHeader: (name) => req.headers[name] !== undefined,
    });
  } catch (error) {
    getLog().error({ event: "direct_route_error", err: error }, "page copy failed");
  }
  if (!page) {
    await next(req, res);
    return;
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of page.headers) headers[name.toLowerCase()] = value;
  await sendBody(req, res, page.status, headers, page.body);
}

/** True when this request is answered here; false leaves it to `next`, untouched. */
export function dispatchDirect(req: IncomingMessage, res: ServerResponse, next: NodeHandler): boolean {
  const url = req.url ?? "";
  if (!url.startsWith("/") || url.startsWith("//")) return false;
  const path = pathOf(url);
  const method = req.method;
  if (path === "/api/styles" && method === "GET") {
    void answerApi(req, res, (request) => listStyles(request));
    return true;
  }
  const like = LIKE_PATH.exec(path);
  if (like && (method === "PUT" || method === "DELETE")) {
    const context = { params: Promise.resolve({ imageId: like[1] as string }) };
    const handler = method === "PUT" ? likeImage : unlikeImage;
    void answerApi(req, res, (request) => handler(request, context));
    return true;
  }
  if (method === "GET" && PAGE_PATH.test(path)) {
    void answerPage(req, res, next);
    return true;
  }
  return false;
}
