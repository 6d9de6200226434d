import "server-only";
import type { z } from "zod";
import { type AppError, ERROR_STATUS, type ErrorCode, hasErrorCode } from "@/domain/errors";
import { InvalidInputError } from "@/services/errors";
import { makePrivate, PRIVATE_CACHE_CONTROL } from "./cache-policy";
import { getLog } from "./log";
import { apiSecurityHeaders, cacheControlFor } from "./security-headers";

export interface ErrorBody {
  error: { code: string; message: string };
}

/** The API's answer for an error: its code's status (the one table), the code, words for people. */
export function errorResponse(code: ErrorCode, message: string, headers?: HeadersInit): Response {
  const body: ErrorBody = { error: { code, message } };
  return Response.json(body, { status: ERROR_STATUS[code], headers });
}

const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again.";

const webhookRefused = (error: AppError) => ({ message: `Webhook refused: ${error.message}.` });

/**
 * What a code says beyond its status: the headers it needs, and for an outage what the
 * client is told (our words; the cause goes to the log only) and when to try again.
 */
const ANSWERS: Partial<Record<ErrorCode, (error: AppError) => { headers?: HeadersInit; message?: string }>> =
  {
    rate_limited: (error) => ({ headers: { "Retry-After": String(error.retryAfterSeconds ?? 60) } }),
    // the rest of the body is unread: closing ends the upload instead of draining it
    payload_too_large: () => ({ headers: { Connection: "close" } }),
    unauthorized: () => ({
      headers: { "WWW-Authenticate": 'Bearer realm="mjpro"', "Cache-Control": PRIVATE_CACHE_CONTROL },
    }),
    invalid_webhook: webhookRefused,
    malformed_event: webhookRefused,
    store_unavailable: () => ({
      headers: { "Retry-After": "5" },
      message: "Our data store is not answering. Try again in a moment.",
    }),
    payments_unavailable: () => ({
      headers: { "Retry-After": "30" },
      message: "The payment provider is not answering. Try again in a moment.",
    }),
    // whatever went wrong stays in the log
    internal: () => ({ message: INTERNAL_MESSAGE }),
    mail_unavailable: () => ({
      headers: { "Retry-After": "30" },
      message: "We could not send mail just now. Try again in a moment.",
    }),
  };

function logRefusal(error: AppError): void {
  if (error.code === "invalid_webhook" || error.code === "malformed_event")
    // the reason only (our own words and zod's paths): never the body, the header or a secret
    getLog().warn({ event: "webhook_refused", refused: error.code, reason: error.message });
  else if (error.code === "payments_unavailable")
    getLog().error({ event: "payments_unavailable", reason: error.message });
  else if (ERROR_STATUS[error.code] >= 500) getLog().error({ event: error.code, err: error }, error.message);
}

/** Maps a thrown error to the API's error shape by its code. Errors with none become a 500 without details. */
export function toErrorResponse(error: unknown): Response {
  if (hasErrorCode(error)) {
    logRefusal(error);
    const answer = ANSWERS[error.code]?.(error) ?? {};
    return errorResponse(error.code, answer.message ?? error.message, answer.headers);
  }
  getLog().error({ event: "unhandled_error", err: error }, "unhandled error");
  return errorResponse("internal", INTERNAL_MESSAGE);
}

/** One readable sentence out of zod's issues: "limit must be at most 60; category must be one of: ...". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === "unrecognized_keys") return `unknown parameter: ${issue.keys.join(", ")}`;
      const field = issue.path.join(".");
      return field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
    })
    .join("; ");
}

export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(describeIssues(result.error));
  return result.data;
}

/** URLSearchParams to a plain object; a key given twice is an error, not a silent pick. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in result) throw new InvalidInputError(`${key} is given more than once`);
    result[key] = value;
  }
  return result;
}

const API_HEADERS = Object.entries(apiSecurityHeaders());

/**
 * The security headers of every API response, set here rather than in src/proxy.ts: the
 * proxy costs CPU on every request it matches (docs/benchmarks.md), and API responses
 * need no nonce. An authenticated response is never stored, whatever the route said.
 */
export function withApiHeaders(request: Request, response: Response): Response {
  for (const [name, value] of API_HEADERS) response.headers.set(name, value);
  const cacheControl = cacheControlFor(request.headers);
  if (cacheControl) makePrivate(response.headers, cacheControl);
  return response;
}

/**
 * Wraps an API route handler: typed errors become JSON errors and nothing leaks as an
 * HTML 500; every response gets the security headers; one log line per request.
 */
export function route<Args extends unknown[]>(
  handler: (request: Request, ...args: Args) => Promise<Response> | Response,
) {
  return async (request: Request, ...args: Args): Promise<Response> => {
    const started = performance.now();
    let response: Response;
    try {
      response = await handler(request, ...args);
    } catch (error) {
      response = toErrorResponse(error);
    }
    // the path only, with image ids hidden (a like or a download says what someone chose):
    // no query (searches), no address, no agent, no one's id
    getLog().info({
      event: "request",
      method: request.method,
      path: new URL(request.url).pathname.replace(/\/img_[a-z0-9]+/g, "/:imageId"),
      status: response.status,
      ms: Math.round(performance.now() - started),
    });
    return withApiHeaders(request, response);
  };
}

/** For the methods a route does not serve: 405 with the methods it does, in the API's error shape. */
export function methodNotAllowed(allowed: readonly string[]) {
  return route(() =>
    errorResponse("method_not_allowed", `This endpoint accepts ${allowed.join(", ")} only.`, {
      Allow: allowed.join(", "),
    }),
  );
}

/** JSON for a signed-in caller: never stored by a browser or a shared cache. */
export function privateJson(body: unknown, init: { status?: number } = {}): Response {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: { "Cache-Control": PRIVATE_CACHE_CONTROL },
  });
}
