import type { Store } from "@/adapters/store/port";
import { isPro, type Subscription } from "@/domain/billing/subscription";
import { deletionDueAt } from "@/domain/privacy/retention";

export interface PlanView {
  plan: "free" | "pro";
  subscription: null | {
    status: Subscription["status"];
    interval: Subscription["interval"];
    currentPeriodEnd: string;
    cancelAtPeriodEnd: boolean;
    endedAt: string | null;
  };
  /** when the account is to be deleted (90 days after a subscription ended); null when not scheduled */
  deletionScheduledAt: string | null;
}

/** The person's plan, decided from the stored subscription state at `now`. */
export async function planOf(ctx: { store: Store; now: number }, userId: string): Promise<PlanView> {
  const subscription = await ctx.store.billing.get(userId);
  const deletionAt = deletionDueAt(subscription);
  return {
    plan: isPro(subscription, ctx.now) ? "pro" : "free",
    subscription: subscription
      ? {
          status: subscription.status,
          interval: subscription.interval,
          currentPeriodEnd: new Date(subscription.currentPeriodEnd).toISOString(),
          cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
          endedAt: subscription.endedAt === null ? null : new Date(subscription.endedAt).toISOString(),
        }
      : null,
    deletionScheduledAt: deletionAt === null ? null : new Date(deletionAt).toISOString(),
  };
}
