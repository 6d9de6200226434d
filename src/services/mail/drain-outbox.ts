import type { OutboxContext } from "./context";
import { sendClaimed } from "./send-claimed";

export interface DrainRun {
  sent: number;
  /** failed this time, due again after their backoff */
  retrying: number;
  /** failed their last try: forgotten, with a log line each */
  givenUp: number;
  /** owed to accounts that no longer exist: forgotten unsent */
  dropped: number;
}

/** Claimed per round: a round's sends must end well within one lease (a send may take 10 s). */
const BATCH = 10;

/**
 * Sends owed mail that is due, at most `limit` mails (the cron job, the timer under
 * `npm start`). A store failure stops the run and throws: the mails claimed and not yet
 * settled become due again when their lease ends, so nothing is lost.
 */
export async function drainOutbox(ctx: OutboxContext, input: { limit: number }): Promise<DrainRun> {
  const run: DrainRun = { sent: 0, retrying: 0, givenUp: 0, dropped: 0 };
  let left = input.limit;
  while (left > 0) {
    const now = ctx.clock.now();
    const batch = await ctx.store.outbox.claimDue(now, now + ctx.retry.leaseMs, Math.min(BATCH, left));
    if (batch.length === 0) break;
    left -= batch.length;
    for (const mail of batch) {
      const outcome = await sendClaimed(ctx, mail);
      if (outcome === "sent") run.sent++;
      else if (outcome === "retrying") run.retrying++;
      else if (outcome === "given_up") run.givenUp++;
      else run.dropped++;
    }
  }
  return run;
}
