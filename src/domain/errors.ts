/**
 * Every error code mjpro answers with, and its HTTP status, in one table: a code without a
 * status fails the type check. Errors carry a code; the edge (src/server/http.ts) looks
 * the status up by code and never asks which class an error is (a class can exist twice,
 * once per bundle).
 */
export const ERROR_STATUS = {
  invalid_input: 400,
  malformed_path: 400,
  code_invalid: 400,
  code_expired: 400,
  age_confirmation_required: 400,
  invalid_webhook: 400,
  malformed_event: 400,
  unauthorized: 401,
  pro_required: 403,
  not_found: 404,
  method_not_allowed: 405,
  already_subscribed: 409,
  no_subscription: 409,
  limit_reached: 409,
  catalog_not_empty: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  cannot_blend: 422,
  import_rejected: 422,
  rate_limited: 429,
  internal: 500,
  store_unavailable: 503,
  payments_unavailable: 503,
  mail_unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error with its code; `retryAfterSeconds` when trying again later will work. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    // the class's own name; a minified build renames classes, so those that are logged set theirs
    this.name = new.target.name;
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }

  readonly retryAfterSeconds?: number;
}

/** An error that carries one of our codes, whichever bundle's class made it. */
export function hasErrorCode(error: unknown): error is AppError {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === "string" && Object.hasOwn(ERROR_STATUS, code) && typeof message === "string";
}

/** Whether `error` carries `code`. */
export function isError(error: unknown, code: ErrorCode): error is AppError {
  return hasErrorCode(error) && error.code === code;
}
