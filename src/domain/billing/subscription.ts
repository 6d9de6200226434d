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
  if (!current || current.subscriptionId !== incoming.subscriptionId) return incoming;
  if (incoming.eventAt !== current.eventAt) return incoming.eventAt > current.eventAt ? incoming : current;
  // Stripe stamps events in whole seconds, so ties are real: settle them by how far along the
  // life of a subscription a status is, then by the later period end, so any order converges
  const rank = STATUS_RANK[incoming.status] - STATUS_RANK[current.status];
  if (rank !== 0) return rank > 0 ? incoming : current;
  return incoming.currentPeriodEnd > current.currentPeriodEnd ? incoming : current;
}

/**
 * Every subscription a person has had, each at its newest state. One slot for "the"
 * subscription cannot hold two live ones (two checkouts at once) or an ended one next to
 * a later failed checkout; a set can, and merging into it is order-independent because
 * each subscription converges on its own. What counts is `effectiveSubscription`.
 */
export type SubscriptionSet = Record<string, Subscription>;

/** Kept per person: a long history of failed checkouts must not grow without end. */
const MAX_REMEMBERED = 20;

export function withSubscription(set: SubscriptionSet | undefined, incoming: Subscription): SubscriptionSet {
  const next: SubscriptionSet = {
    ...set,
    [incoming.subscriptionId]: newerState(set?.[incoming.subscriptionId], incoming),
  };
  const ids = Object.keys(next);
  if (ids.length <= MAX_REMEMBERED) return next;
  const kept = Object.values(next)
    .sort((a, b) => compareForEffect(b, a))
    .slice(0, MAX_REMEMBERED);
  return Object.fromEntries(kept.map((state) => [state.subscriptionId, state]));
}

/**
 * The subscription that decides the plan: a live one if there is any (the one paid
 * furthest ahead), else the latest that ended (canceled, unpaid, paused), else the
 * latest checkout that never went through.
 */
export function effectiveSubscription(set: SubscriptionSet | undefined): Subscription | undefined {
  let best: Subscription | undefined;
  for (const state of Object.values(set ?? {})) if (!best || compareForEffect(state, best) > 0) best = state;
  return best;
}

/** Positive when `a` matters more than `b` for the plan; a total order, so the choice never depends on order. */
function compareForEffect(a: Subscription, b: Subscription): number {
  const weight = (s: Subscription) => (isEntitledStatus(s.status) ? 2 : NEVER_STARTED.has(s.status) ? 0 : 1);
  return (
    weight(a) - weight(b) ||
    (isEntitledStatus(a.status) ? a.currentPeriodEnd - b.currentPeriodEnd : 0) ||
    a.eventAt - b.eventAt ||
    (a.subscriptionId < b.subscriptionId ? 1 : a.subscriptionId > b.subscriptionId ? -1 : 0)
  );
}

const NEVER_STARTED = new Set<SubscriptionStatus>(["incomplete", "incomplete_expired"]);

/** Reads what a store kept: a set, or (before sets) a single state. */
export function parseStoredSubscriptions(json: string): SubscriptionSet {
  const value = JSON.parse(json) as SubscriptionSet | Subscription;
  if (typeof (value as Subscription).subscriptionId === "string") {
    const single = value as Subscription;
    return { [single.subscriptionId]: single };
  }
  return value as SubscriptionSet;
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
