import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { unreadPieces } from "../body-pieces";

const gzipAsync = promisify(gzip);

/**
 * How much of a body is read: the API accepts 16 KB of JSON at most, and reading one
 * chunk past that is enough for a route to answer 413. What is left is discarded.
 */
const MAX_BODY_BYTES = 32 * 1024;

/** Responses smaller than this are sent as they are: compressing them saves too little. */
const MIN_COMPRESSED_BYTES = 1024;

/**
 * Node's request as a web Request, for the same route handlers Next calls. The origin is
 * fixed: the handlers read the path and query only, and a request's Host is the client's
 * to choose.
 */
export function toWebRequest(req: IncomingMessage, body?: Buffer): Request {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return new Request(`http://localhost${req.url ?? "/"}`, {
    method: req.method ?? "GET",
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : null,
  });
}

/**
 * The body of a request, or its first MAX_BODY_BYTES and a chunk when it is longer, which
 * the route refuses with 413 (a Request built here cannot carry a Content-Length of its own).
 * A body cut short (the client went away) is what arrived, which the route refuses as
 * unreadable JSON, as it would under Next.
 */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => resolve(Buffer.concat(chunks));
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // enough to refuse it; the rest is read and dropped
        req.off("data", onData);
        req.resume();
        done();
      }
    };
    req.on("data", onData);
    req.on("end", done);
    req.on("error", done);
    req.on("aborted", done);
  });
}

/** Whether the client takes gzip: q above 0 for gzip, or, when it names no gzip, for `*`. */
export function acceptsGzip(req: IncomingMessage): boolean {
  const accepted = req.headers["accept-encoding"];
  if (typeof accepted !== "string") return false;
  const quality = new Map<string, number>();
  for (const entry of accepted.toLowerCase().split(",")) {
    const [coding = "", ...params] = entry.split(";").map((part) => part.trim());
    const q = params.find((param) => param.startsWith("q="));
    quality.set(coding, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  return (quality.get("gzip") ?? quality.get("*") ?? 0) > 0;
}

function compressible(headers: Record<string, string | string[]>, size: number): boolean {
  if (size < MIN_COMPRESSED_BYTES || headers["content-encoding"]) return false;
  const type = headers["content-type"];
  return typeof type === "string" && (type.startsWith("text/") || type.startsWith("application/json"));
}

/**
 * Sends a whole response, gzipped when the client accepts it (as Next would).
 * `headers` must have lower-case names; the body's pieces are written one after another.
 * (No HEAD request comes here: the direct routes take GET, PUT and DELETE only.)
 */
export async function sendBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string | string[]>,
  body: readonly Buffer[],
): Promise<void> {
  let pieces = body;
  let size = pieces.reduce((sum, piece) => sum + piece.length, 0);
  if (compressible(headers, size)) {
    const vary = typeof headers.vary === "string" ? headers.vary : "";
    if (!/\baccept-encoding\b/i.test(vary))
      headers.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
    if (acceptsGzip(req)) {
      const gzipped = await gzipAsync(
        pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces, size),
      );
      pieces = [gzipped];
      size = gzipped.length;
      headers["content-encoding"] = "gzip";
    }
  }
  headers["content-length"] = String(size);
  res.writeHead(status, headers);
  res.cork();
  for (const piece of pieces) res.write(piece);
  res.end();
}

/** Writes a web Response to Node's response; a piecesResponse's pieces go out as they are. */
export async function sendWebResponse(req: IncomingMessage, res: ServerResponse, response: Response) {
  const pieces = unreadPieces(response);
  const body = pieces ?? [Buffer.from(await response.arrayBuffer())];
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of response.headers) if (name !== "set-cookie") headers[name] = value;
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  await sendBody(req, res, response.status, headers, body);
}
