import "server-only";
import type { Viewer } from "@/domain/entitlements";
import { piecesResponse } from "./body-pieces";

/**
 * What an anonymous caller sees is public and may be cached briefly; anything answered
 * for a signed-in caller is never stored.
 */
function catalogHeaders(viewer: Viewer): HeadersInit {
  return {
    "Content-Type": "application/json",
    "Cache-Control": viewer.kind === "anonymous" ? "public, max-age=60" : "private, no-store",
    Vary: "Authorization",
  };
}

/** JSON for a catalog read. */
export function catalogJson(body: unknown, viewer: Viewer): Response {
  return new Response(JSON.stringify(body), { headers: catalogHeaders(viewer) });
}

/** catalogJson for a body that is already JSON, as UTF-8 pieces. */
export function catalogJsonPieces(pieces: readonly Buffer[], viewer: Viewer): Response {
  return piecesResponse(pieces, { headers: catalogHeaders(viewer) });
}
