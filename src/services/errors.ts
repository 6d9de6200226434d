import { AppError, type ErrorCode } from "@/domain/errors";

/** Errors of the use cases; each carries a code, mapped to a status only at the edge (src/domain/errors.ts). */
export { AppError };

export class InvalidInputError extends AppError {
  constructor(message: string) {
    super("invalid_input", message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super("not_found", message);
  }
}

/** The request is well formed but does not fit the current state (409). */
export class ConflictError extends AppError {
  constructor(code: "already_subscribed" | "no_subscription" | "limit_reached", message: string) {
    super(code, message);
  }
}

/** Signed in, but the plan does not include this (403). */
export class ForbiddenError extends AppError {
  constructor(code: "pro_required", message: string) {
    super(code, message);
  }
}

/** Well formed, but asks for what cannot be made, for a reason the message gives (422). */
export class UnprocessableError extends AppError {
  constructor(code: Extract<ErrorCode, "cannot_blend">, message: string) {
    super(code, message);
  }
}
