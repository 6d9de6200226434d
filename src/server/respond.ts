import "server-only";
import type { Viewer } from "@/domain/entitlements";
import { PRIVATE_CACHE_CONTROL, SHARED_READ_HEADERS } from "./cache-policy";

/**
 * A catalog read: shared-cacheable for an anonymous caller, private for a member. `Vary`
 * keeps a shared cache from answering a request with a token from an anonymous copy.
 */
export function catalogJson(body: unknown, viewer: Viewer): Response {
  return Response.json(body, {
    headers: {
      ...(viewer.kind === "anonymous" ? SHARED_READ_HEADERS : { "Cache-Control": PRIVATE_CACHE_CONTROL }),
      Vary: "Authorization",
    },
  });
}
