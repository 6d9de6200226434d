import { dispatchDirect, type NodeHandler } from "./routes";

/** Where server.mjs finds the direct routes once Next has run src/instrumentation.ts. */
export const DIRECT_ROUTES_KEY = Symbol.for("mjpro.directRoutes");

export type DirectRoutes = (
  req: Parameters<NodeHandler>[0],
  res: Parameters<NodeHandler>[1],
  next: NodeHandler,
) => boolean;

export function installDirectRoutes(): void {
  const slots = globalThis as typeof globalThis & { [DIRECT_ROUTES_KEY]?: DirectRoutes };
  slots[DIRECT_ROUTES_KEY] = dispatchDirect;
}
