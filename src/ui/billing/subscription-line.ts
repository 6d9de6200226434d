import type { Me } from "@/client/plan";
import { formatDate } from "./format";

/** "Renews on …", "Ends on …", "Ended on …": what the person most needs to know of their subscription. */
export function subscriptionLine(subscription: NonNullable<Me["subscription"]>): string {
  if (subscription.endedAt) return `Ended on ${formatDate(subscription.endedAt)}`;
  if (subscription.cancelAtPeriodEnd)
    return `Cancelled; Pro until ${formatDate(subscription.currentPeriodEnd)}`;
  if (subscription.status === "past_due")
    return "Payment failed; your card is being retried. Update it in Manage billing.";
  return `Renews ${subscription.interval === "year" ? "yearly" : "monthly"} on ${formatDate(subscription.currentPeriodEnd)}`;
}
