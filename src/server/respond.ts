import "server-only";
import type { Viewer } from "@/domain/entitlements";

/**
 * JSON for a catalog read. What an anonymous caller sees is public and may be
 * cached briefly; anything answered for a signed-in caller is never stored.
 */
export function catalogJson(body: unknown, viewer: Viewer): Response {
  const cacheControl = viewer.kind === "anonymous" ? "public, max-age=60" : "private, no-store";
  return Response.json(body, { headers: { "Cache-Control": cacheControl, Vary: "Authorization" } });
}
