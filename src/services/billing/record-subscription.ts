import type { Store } from "@/adapters/store/port";
import type { Subscription } from "@/domain/billing/subscription";
import { deletionDueAt } from "@/domain/privacy/retention";

/**
 * Stores a subscription state (the newest wins) and keeps the account's scheduled
 * deletion in step with what is stored: an ended subscription schedules it 90 days
 * out, a resubscribe cancels it. Every write of billing state goes through here.
 */
export async function recordSubscription(
  store: Store,
  userId: string,
  state: Subscription,
): Promise<Subscription> {
  const stored = await store.billing.apply(userId, state);
  const due = deletionDueAt(stored);
  if (due === null) await store.retention.cancel(userId);
  else await store.retention.schedule(userId, due);
  return stored;
}
