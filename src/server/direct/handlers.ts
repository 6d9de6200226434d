import { processWide } from "../process-wide";

export interface ImageRouteContext {
  params: Promise<{ imageId: string }>;
}

/** The route handlers server.mjs may call directly, by what they do. */
export interface DirectHandlers {
  listStyles?: (request: Request) => Promise<Response>;
  likeImage?: (request: Request, context: ImageRouteContext) => Promise<Response>;
  unlikeImage?: (request: Request, context: ImageRouteContext) => Promise<Response>;
}

const handlers = processWide<DirectHandlers>("directHandlers", () => ({}));

/**
 * Called by a route module when Next loads it, so the direct routes call the very
 * instance Next calls, with its store connection and caches, not a copy in another bundle.
 * Until Next has loaded a route (its first request), Next answers it.
 */
export function offerDirect(offered: DirectHandlers): void {
  Object.assign(handlers, offered);
}

export function directHandlers(): Readonly<DirectHandlers> {
  return handlers;
}
