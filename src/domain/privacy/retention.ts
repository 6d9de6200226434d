import type { Subscription } from "@/domain/billing/subscription";

/** How long an account is kept after its subscription ends (the privacy policy's promise). */
export const RETENTION_DAYS = 90;
export const RETENTION_MS = RETENTION_DAYS * 24 * 60 * 60 * 1000;

/**
 * When the account is to be deleted, or null while it is not scheduled: 90 days after
 * the effective subscription (domain/billing effectiveSubscription) ended. Ended means
 * canceled, or left unpaid or paused by the payment provider (from when it became so).
 * A subscription that has not ended (running, cancelling at period end, past due, a
 * resubscribe) schedules nothing, which is how resubscribing cancels a deletion; a
 * checkout that never went through (incomplete) changes nothing. Accounts that never
 * subscribed are kept until the person deletes them.
 */
export function deletionDueAt(subscription: Subscription | undefined): number | null {
  if (!subscription) return null;
  if (subscription.status === "canceled")
    return (subscription.endedAt ?? subscription.eventAt) + RETENTION_MS;
  if (subscription.status === "unpaid" || subscription.status === "paused")
    return subscription.eventAt + RETENTION_MS;
  return null;
}

/** Whether the account is due for deletion at `now` (the day-90 boundary counts as due). */
export function isDueForDeletion(subscription: Subscription | undefined, now: number): boolean {
  const due = deletionDueAt(subscription);
  return due !== null && now >= due;
}
