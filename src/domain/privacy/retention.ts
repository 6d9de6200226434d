import type { Subscription } from "@/domain/billing/subscription";

/** How long an account is kept after its subscription ends (the privacy policy's promise). */
export const RETENTION_DAYS = 90;
export const RETENTION_MS = RETENTION_DAYS * 24 * 60 * 60 * 1000;

/**
 * When the account is to be deleted, or null while it is not scheduled: 90 days after
 * the subscription ended. A subscription that has not ended (running, cancelling at
 * period end, past due, a new one after a resubscribe) schedules nothing, which is how
 * resubscribing cancels a scheduled deletion. Accounts that never subscribed are kept
 * until the person deletes them.
 */
export function deletionDueAt(subscription: Subscription | undefined): number | null {
  if (!subscription) return null;
  // incomplete_expired is a checkout whose first payment never went through: nothing ended
  if (subscription.status !== "canceled") return null;
  return (subscription.endedAt ?? subscription.eventAt) + RETENTION_MS;
}

/** Whether the account is due for deletion at `now` (the day-90 boundary counts as due). */
export function isDueForDeletion(subscription: Subscription | undefined, now: number): boolean {
  const due = deletionDueAt(subscription);
  return due !== null && now >= due;
}
