/** Domain errors, mapped to HTTP statuses only at the edge (src/server/http.ts). */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

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
export class ConflictError extends AppError {}

/** Signed in, but the plan does not include this (403). */
export class ForbiddenError extends AppError {}

/** Well formed, but asks for what cannot be made, for a reason the message gives (422). */
export class UnprocessableError extends AppError {}
