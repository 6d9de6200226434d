import { keptStoreHealth } from "@/server/caches";
import { getCatalog } from "@/server/catalog";
import { methodNotAllowed, route } from "@/server/http";
import { getStore } from "@/server/store";
import { checkStore } from "@/services/health/check-store";

export const dynamic = "force-dynamic";

/** Well under a load balancer's or uptime checker's own timeout; a healthy store answers in a few ms. */
const STORE_TIMEOUT_MS = 1000;

/** Says whether this instance can serve: the store answers a ping, and which catalog it holds. */
export const GET = route(async () => {
  const store = await keptStoreHealth(() => checkStore(getStore, { timeoutMs: STORE_TIMEOUT_MS }));
  const catalog = getCatalog();
  return Response.json(
    {
      status: store === "ok" ? "ok" : "unavailable",
      store,
      catalog: { version: catalog.version, styles: catalog.styles.length },
    },
    { status: store === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
