import type { IncomingMessage, ServerResponse } from "node:http";
import { IMAGE_ID_PATTERN } from "@/domain/catalog/schema";
import { errorResponse, withApiHeaders } from "../http";
import { getLog } from "../log";
import { CACHED_PAGE_PATH, RENDER_HEADER, type ServedPage } from "../page-cache";
import { pageCopy } from "../page-copies";
import { directHandlers } from "./handlers";
import { readBody, sendBody, sendWebResponse, toWebRequest } from "./node-bridge";

/**
 * The hottest requests, answered by server.mjs without Next's router: browsing and
 * searching the catalog, liking, and page views a kept copy can answer. The API ones call
 * the very handler instances Next calls (each route module offers them when Next loads it,
 * src/server/direct/handlers.ts), page views the proxy's page copies, so behaviour is the
 * same; what is skipped is Next's per-request work, measured at 1.3 to 2.3 ms of CPU for
 * a trivial route on this machine, against about 0.2 ms for node:http.
 *
 * Anything else, or anything unusual about these (another method, an encoded or
 * malformed id, a trailing slash, a route Next has not loaded yet), goes to Next, which
 * answers it as it always has.
 */

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

const LIKE_PATH = /^\/api\/likes\/([^/]+)$/;

function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/** The end of a response that could not be sent whole: a 500 in the API's shape and headers, or a cut connection. */
async function failed(res: ServerResponse, error: unknown): Promise<void> {
  getLog().error({ event: "direct_route_error", err: error }, "direct route failed");
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const response = errorResponse(500, "internal", "Something went wrong on our side. Please try again.", {
    "Cache-Control": "no-store",
  });
  await sendWebResponse(res.req, res, withApiHeaders(new Request("http://localhost/"), response));
}

async function answerApi(
  req: IncomingMessage,
  res: ServerResponse,
  handle: (request: Request) => Promise<Response>,
): Promise<void> {
  try {
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
    // the handler is wrapped in route(): it answers every error itself, with the API's headers
    await sendWebResponse(req, res, await handle(toWebRequest(req, body)));
  } catch (error) {
    await failed(res, error).catch(() => res.destroy());
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
  try {
    if (page) {
      const headers: Record<string, string> = {};
      for (const [name, value] of page.headers) headers[name.toLowerCase()] = value;
      await sendBody(req, res, page.status, headers, page.body);
    } else {
      // rendered as usual; the proxy is told not to try a copy again (one render, not two)
      req.headers[RENDER_HEADER] = "1";
      await next(req, res);
    }
  } catch (error) {
    getLog().error({ event: "direct_route_error", err: error }, "page view failed");
    res.destroy();
  }
}

/** True when this request is answered here; false leaves it to `next`, untouched. */
export function dispatchDirect(req: IncomingMessage, res: ServerResponse, next: NodeHandler): boolean {
  const url = req.url ?? "";
  if (!url.startsWith("/") || url.startsWith("//")) return false;
  const path = pathOf(url);
  const method = req.method;
  const handlers = directHandlers();
  if (path === "/api/styles" && method === "GET") {
    const listStyles = handlers.listStyles;
    if (!listStyles) return false;
    void answerApi(req, res, (request) => listStyles(request));
    return true;
  }
  // an id in any other form (encoded, malformed) goes to Next, which decodes and refuses it
  const imageId = LIKE_PATH.exec(path)?.[1];
  if (imageId && IMAGE_ID_PATTERN.test(imageId) && (method === "PUT" || method === "DELETE")) {
    const handler = method === "PUT" ? handlers.likeImage : handlers.unlikeImage;
    if (!handler) return false;
    const context = { params: Promise.resolve({ imageId }) };
    void answerApi(req, res, (request) => handler(request, context));
    return true;
  }
  if (method === "GET" && CACHED_PAGE_PATH.test(path)) {
    void answerPage(req, res, next);
    return true;
  }
  return false;
}
