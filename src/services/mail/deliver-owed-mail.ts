import type { OutboxContext } from "./context";
import { type SendOutcome, sendClaimed } from "./send-claimed";

/**
 * Sends the mails an event just recorded, right away. Never throws: whatever is not sent
 * (the mail provider or the store failing) stays owed, and the drain sends it later.
 */
export async function deliverOwedMail(ctx: OutboxContext, ids: readonly string[]): Promise<SendOutcome[]> {
  const outcomes: SendOutcome[] = [];
  for (const id of ids) {
    try {
      const now = ctx.clock.now();
      const mail = await ctx.store.outbox.claim(id, now, now + ctx.retry.leaseMs);
      if (mail) outcomes.push(await sendClaimed(ctx, mail));
    } catch (error) {
      ctx.log({
        event: "mail_deferred",
        mailId: id,
        reason: error instanceof Error ? error.name : "unknown",
      });
    }
  }
  return outcomes;
}
