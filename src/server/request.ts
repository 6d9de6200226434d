import "server-only";
import { InvalidInputError } from "@/services/errors";

const MAX_JSON_BYTES = 16 * 1024;

/** The JSON body of a request, refusing what is not JSON or too large, before any parsing of fields. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new InvalidInputError("The request body is too large.");
  if (text.trim() === "") throw new InvalidInputError("The request body must be a JSON object.");
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidInputError("The request body is not valid JSON.");
  }
}

/** The caller's address as the host's proxy reports it (Vercel sets x-forwarded-for), for rate limits only. */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || request.headers.get("x-real-ip")?.trim() || "local";
  return /^[0-9a-fA-F:.]{2,45}$/.test(candidate) ? candidate : "unknown";
}
