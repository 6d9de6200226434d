import { dispatchDirect } from "./routes";

/** Where server.mjs looks for the direct routes (it cannot import this module). */
const DIRECT_ROUTES = Symbol.for("mjpro.directRoutes");

export function installDirectRoutes(): void {
  const slots = globalThis as typeof globalThis & { [DIRECT_ROUTES]?: typeof dispatchDirect };
  slots[DIRECT_ROUTES] = dispatchDirect;
}
