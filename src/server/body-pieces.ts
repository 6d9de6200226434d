import { processWide } from "./process-wide";

/**
 * Responses made of UTF-8 pieces the server already holds (the API's catalog pages are
 * joined from each style's kept JSON). A body given to a web Response as one string is
 * encoded on every response, and copied again when read: 130 KB twice per page. Here the
 * body is a stream of the kept pieces, and server.mjs (src/server/direct) writes the
 * pieces to the socket as they are; Next reads the stream as usual. Process-wide: the
 * route module (Next's bundle) makes the Response, server.mjs's bridge (instrumentation's
 * bundle) reads it.
 */
const bodies = processWide("bodyPieces", () => new WeakMap<Response, readonly Buffer[]>());

export function piecesResponse(pieces: readonly Buffer[], init: ResponseInit): Response {
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  const response = new Response(stream, init);
  bodies.set(response, pieces);
  return response;
}

/** The pieces a piecesResponse was made from, while its body has not been read. */
export function unreadPieces(response: Response): readonly Buffer[] | undefined {
  return response.bodyUsed ? undefined : bodies.get(response);
}
