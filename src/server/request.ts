import "server-only";
import { AppError, InvalidInputError } from "@/services/errors";

const MAX_JSON_BYTES = 16 * 1024;

export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super("unsupported_media_type", "Send the request body as application/json.");
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(maxBytes = MAX_JSON_BYTES) {
    super("payload_too_large", `The request body must be at most ${maxBytes / 1024} KB.`);
  }
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

async function readBodyText(request: Request, maxBytes = MAX_JSON_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw new PayloadTooLargeError(maxBytes);
  // no body at all (a like without {at}): nothing to read
  if (request.body === null) return "";
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw new InvalidInputError("The request body could not be read.");
  }
  if (Buffer.byteLength(text) > maxBytes) throw new PayloadTooLargeError(maxBytes);
  return text;
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

/**
 * The caller's address for rate limits. The first x-forwarded-for entry is what the
 * host's proxy saw (Vercel sets it); without such a proxy a client can choose it, which
 * only matters for the per-IP limits, not the per-email ones. IPv6 counts per /64.
 */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || request.headers.get("x-real-ip")?.trim() || "local";
  if (/^[0-9.]{7,15}$/.test(candidate)) return candidate;
  if (/^[0-9a-fA-F:]{2,45}$/.test(candidate))
    return `${candidate.toLowerCase().split(":").slice(0, 4).join(":")}::/64`;
  return candidate === "local" ? "local" : "unknown";
}
