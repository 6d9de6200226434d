/** How owed mail is retried (src/services/mail): exponential backoff with a cap, a bounded number of tries. */
export interface MailRetryPolicy {
  /** how long a claimed mail is hidden from other senders: longer than one send can take */
  leaseMs: number;
  /** tries before a mail is given up (and logged) */
  maxAttempts: number;
  /** the wait after failed try number `attempt` (1 for the first) */
  delayAfter(attempt: number): number;
}

const MINUTE = 60 * 1000;

/** Doubles from `firstMs` on each failure, never more than `capMs`. */
export function exponentialBackoff(firstMs: number, capMs: number): (attempt: number) => number {
  return (attempt) => Math.min(capMs, firstMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * 30 s, 1, 2, 4 … minutes, at most 2 hours apart: 12 tries over about 8 hours. Resend keeps
 * an idempotency key 24 hours, so every retry of a mail is still deduplicated by it.
 */
export const MAIL_RETRY: MailRetryPolicy = {
  leaseMs: 2 * MINUTE,
  maxAttempts: 12,
  delayAfter: exponentialBackoff(30 * 1000, 120 * MINUTE),
};
