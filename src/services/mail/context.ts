import type { MailPort } from "@/adapters/mail/port";
import type { Store } from "@/adapters/store/port";
import type { MailRetryPolicy } from "@/domain/mail/retry";
import type { Clock } from "../auth/context";

/** One line about an owed mail: its id and try, never an address or a subject. */
export interface OutboxLogEntry {
  event: "mail_retry" | "mail_given_up" | "mail_deferred";
  mailId: string;
  attempt?: number;
  reason: string;
  retryAt?: string;
}

/** What sending owed mail needs; the clock and the retry policy are injected so tests need not wait. */
export interface OutboxContext {
  store: Store;
  mail: MailPort;
  clock: Clock;
  retry: MailRetryPolicy;
  log: (entry: OutboxLogEntry) => void;
}
