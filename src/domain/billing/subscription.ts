/**
 * A person's subscription as mjpro keeps it: taken from Stripe's subscription object
 * (never from the order events arrive in), stamped with the time of the event that
 * carried it, so duplicates and out-of-order deliveries converge on the newest state.
 */
export const SUBSCRIPTION_STATUSES = [
  "active",
  "trialing",
  "past_due",
  "unpaid",
  "canceled",
  "incomplete",
  "incomplete_expired",
  "paused",
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export interface Subscription {
  subscriptionId: string;
  customerId: string;
  status: SubscriptionStatus;
  interval: "month" | "year";
  currentPeriodEnd: number;
  cancelAtPeriodEnd: boolean;
  /** when the subscription ended, if it has */
  endedAt: number | null;
  /** the time of the event this state came from; an older event never overwrites it */
  eventAt: number;
}

/** Of two states of one subscription, the one from the later event (ties settled below). */
export function newerState(current: Subscription | undefined, incoming: Subscription): Subscription {
  if (!current || current.subscriptionId !== incoming.subscriptionId) {
    // a different subscription (a resubscribe) replaces an ended one, never a live one from a later event
    if (current && isEntitledStatus(current.status) && current.eventAt > incoming.eventAt) return current;
    return incoming;
  }
  if (incoming.eventAt !== current.eventAt) return incoming.eventAt > current.eventAt ? incoming : current;
  // Stripe stamps events in whole seconds, so ties are real: settle them by how far along the
  // life of a subscription a status is, then by the later period end, so any order converges
  const rank = STATUS_RANK[incoming.status] - STATUS_RANK[current.status];
  if (rank !== 0) return rank > 0 ? incoming : current;
  return incoming.currentPeriodEnd > current.currentPeriodEnd ? incoming : current;
}

const STATUS_RANK: Record<SubscriptionStatus, number> = {
  incomplete: 0,
  trialing: 1,
  active: 2,
  paused: 3,
  past_due: 4,
  unpaid: 5,
  incomplete_expired: 6,
  canceled: 7,
};

function isEntitledStatus(status: SubscriptionStatus): boolean {
  return status === "active" || status === "trialing" || status === "past_due";
}

/**
 * Whether a subscription gives Pro right now.
 * - active, trialing: yes, until the period ends.
 * - past_due: yes. Stripe is retrying a failed payment (Smart Retries, days not
 *   weeks); taking Pro away at the first failed card would punish people for their
 *   bank. When the retries give up Stripe moves it to unpaid or canceled, and Pro ends.
 * - cancel at period end: yes until the period ends, which is what was paid for.
 * - unpaid, canceled, incomplete, incomplete_expired, paused: no.
 */
export function isPro(subscription: Subscription | undefined, now: number): boolean {
  if (!subscription) return false;
  return isEntitledStatus(subscription.status) && now < subscription.currentPeriodEnd;
}
