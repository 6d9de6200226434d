import "server-only";
import { MAIL_RETRY } from "@/domain/mail/retry";
import type { OutboxContext } from "@/services/mail/context";
import { drainOutbox } from "@/services/mail/drain-outbox";
import { getLog } from "./log";
import { getMail } from "./mail";
import { processWide } from "./process-wide";
import { getStore } from "./store";

/** Mails sent per drain (cron call or timer tick); what is left waits for the next. */
export const DRAIN_LIMIT = 50;

export function outboxContext(): OutboxContext {
  return {
    store: getStore(),
    mail: getMail().port,
    clock: { now: () => Date.now() },
    retry: MAIL_RETRY,
    log: (entry) => {
      if (entry.event === "mail_given_up") getLog().error(entry, "owed mail given up");
      else getLog().warn(entry);
    },
  };
}

/**
 * Under `npm start` (a long-lived process) the drain also runs every minute, so a mail that
 * failed is retried without a cron. On Vercel the cron route does it (vercel.json).
 */
export function startOutboxTimer(everyMs = 60_000): void {
  processWide("outboxTimer", () => drainEvery(everyMs));
}

function drainEvery(everyMs: number): ReturnType<typeof setInterval> {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const run = await drainOutbox(outboxContext(), { limit: DRAIN_LIMIT });
      if (run.sent + run.retrying + run.givenUp + run.dropped > 0)
        getLog().info({ event: "mail_drain", ...run });
    } catch (error) {
      getLog().warn({ event: "mail_drain_failed", reason: error instanceof Error ? error.name : "unknown" });
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return timer;
}
