import type { MailMessage } from "@/adapters/mail/port";
import type { ClaimedMail } from "@/adapters/store/port";
import { isError } from "@/domain/errors";
import type { OutboxContext } from "./context";
import { renderOwedMail } from "./owed-message";

export type SendOutcome = "sent" | "retrying" | "given_up" | "dropped";

/**
 * Sends one claimed mail and records how it went: sent (forgotten), failed (due again
 * after the backoff, or given up after the last try, with a log line), or dropped (the
 * account is gone). The mail's id is the idempotency key, so a crash between the send and
 * `settle` makes the next try a no-op at the provider instead of a second mail.
 */
export async function sendClaimed(ctx: OutboxContext, mail: ClaimedMail): Promise<SendOutcome> {
  const user = await ctx.store.users.get(mail.userId);
  if (!user) {
    await ctx.store.outbox.settle(mail);
    return "dropped";
  }
  const giveUp = async (reason: string): Promise<SendOutcome> => {
    await ctx.store.outbox.settle(mail);
    ctx.log({ event: "mail_given_up", mailId: mail.id, attempt: mail.attempt, reason });
    return "given_up";
  };
  let message: MailMessage | undefined;
  try {
    message = await renderOwedMail(mail.body, user.email);
    if (message) await ctx.mail.send(message, { idempotencyKey: `mjpro-mail-${mail.id}` });
  } catch (error) {
    // a rendering failure counts as a failed try too, so it is bounded like any other
    // MailDeliveryError messages carry no address (see the adapters); of anything else, only its type
    const reason = isError(error, "mail_unavailable")
      ? error.message
      : `send failed (${error instanceof Error ? error.name : "unknown"})`;
    if (mail.attempt >= ctx.retry.maxAttempts) return giveUp(reason);
    const retryAt = ctx.clock.now() + ctx.retry.delayAfter(mail.attempt);
    await ctx.store.outbox.retryAt(mail, retryAt);
    ctx.log({
      event: "mail_retry",
      mailId: mail.id,
      attempt: mail.attempt,
      reason,
      retryAt: new Date(retryAt).toISOString(),
    });
    return "retrying";
  }
  if (!message) return giveUp("the stored mail cannot be read");
  await ctx.store.outbox.settle(mail);
  return "sent";
}
