import "server-only";
import { AppError, InvalidInputError } from "@/services/errors";
import { type AddressSource, clientAddress } from "./client-address";
import { getEnv } from "./env";

const MAX_JSON_BYTES = 16 * 1024;

export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super("unsupported_media_type", "Send the request body as application/json.");
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(maxBytes = MAX_JSON_BYTES) {
    super("payload_too_large", `The request body must be at most ${describeSize(maxBytes)}.`);
  }
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

/**
 * The JSON body of a request. Only application/json is read (a cross-site form or
 * text/plain post cannot trigger anything), and nothing larger than 16 KB.
 */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const body = await readBodyText(request, maxBytes);
  if (body.trim() === "") throw new InvalidInputError("The request body must be a JSON object.");
  return parseJsonBody(request, body);
}

/** Like readJson, but an absent or empty body reads as {} (for requests whose body is optional). */
export async function readOptionalJson(request: Request): Promise<unknown> {
  const body = await readBodyText(request);
  return body.trim() === "" ? {} : parseJsonBody(request, body);
}

/**
 * A request body as text, read chunk by chunk and refused the moment it passes `maxBytes`
 * (whether the client declared its length or streams it), so a huge body costs the
 * server at most one chunk over the limit, never the whole body in memory.
 */
export async function readBodyText(request: Request, maxBytes = MAX_JSON_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw new PayloadTooLargeError(maxBytes);
  // no body at all (a like without {at}): nothing to read
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch {
      throw new InvalidInputError("The request body could not be read.");
    }
    if (next.done) break;
    received += next.value.byteLength;
    if (received > maxBytes) {
      // stop reading: the rest is never buffered, and the connection is closed after the 413
      reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseJsonBody(request: Request, body: string): unknown {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") throw new UnsupportedMediaTypeError();
  try {
    return JSON.parse(body);
  } catch {
    throw new InvalidInputError("The request body is not valid JSON.");
  }
}

/** The caller's address for the per-address limits, as this deployment learns it (docs/operations.md "Client addresses"). */
export function clientIp(request: Request): string {
  const env = getEnv();
  const source: AddressSource = env.VERCEL
    ? { kind: "vercel" }
    : { kind: "proxies", hops: env.TRUSTED_PROXY_HOPS };
  return clientAddress(request.headers, source);
}
