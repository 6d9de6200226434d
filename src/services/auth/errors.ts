import { AppError } from "../errors";

export class RateLimitedError extends AppError {
  declare readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number) {
    super("rate_limited", message, { retryAfterSeconds });
  }
}

/** The code is wrong, used, or was never sent; deliberately one answer for all three. */
export class InvalidCodeError extends AppError {
  constructor(readonly attemptsLeft: number) {
    super(
      "code_invalid",
      attemptsLeft > 0
        ? `That code is not right. ${attemptsLeft} ${attemptsLeft === 1 ? "try" : "tries"} left.`
        : "That code is not right, and no tries are left. Request a new code in a few minutes.",
    );
  }
}

export class ExpiredCodeError extends AppError {
  constructor() {
    super("code_expired", "That code has expired. Request a new one.");
  }
}

export class AgeConfirmationRequiredError extends AppError {
  constructor() {
    super("age_confirmation_required", "Confirm that you are 16 or older to create your account.");
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in again: the session is missing, expired or was signed out.") {
    super("unauthorized", message);
  }
}
