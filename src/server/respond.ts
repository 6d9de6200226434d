import "server-only";
import type { Viewer } from "@/domain/entitlements";
import { textResponse } from "./text-body";

/**
 * JSON for a catalog read. What an anonymous caller sees is public and may be
 * cached briefly; anything answered for a signed-in caller is never stored.
 */
export function catalogJson(body: unknown, viewer: Viewer): Response {
  return catalogJsonText(JSON.stringify(body), viewer);
}

/** catalogJson for a body that is already JSON text. */
export function catalogJsonText(json: string, viewer: Viewer): Response {
  const cacheControl = viewer.kind === "anonymous" ? "public, max-age=60" : "private, no-store";
  return textResponse(json, {
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": cacheControl,
      Vary: "Authorization",
    },
  });
}
