import type { PaymentsPort } from "@/adapters/payments/port";
import type { Store, UserRecord } from "@/adapters/store/port";
import type { AuthLimits } from "@/domain/auth/policy";
import type { Catalog } from "@/domain/catalog/catalog";
import { emailKeyOf } from "../auth/crypto";

/**
 * Deletes an account: ends any live subscription and deletes the customer record at the
 * payment provider, kills every
 * token (the version bump comes first, so a half-finished run already signs out), then
 * removes every record of the person. Running it again is harmless.
 */
export async function deleteAccount(
  ctx: { store: Store; payments: PaymentsPort; hmacKey: Buffer; limits: AuthLimits; catalog: Catalog },
  user: UserRecord,
): Promise<void> {
  const [subscription, customerId] = await Promise.all([
    ctx.store.billing.get(user.id),
    ctx.store.billing.customerOf(user.id),
  ]);
  if (subscription && subscription.status !== "canceled" && subscription.status !== "incomplete_expired") {
    await ctx.payments.cancelSubscription(subscription.subscriptionId);
  }
  // the provider's copy of the email goes too
  if (customerId) await ctx.payments.deleteCustomer(customerId);
  await ctx.store.users.bumpTokenVersion(user.id);
  const emailKey = emailKeyOf(ctx.hmacKey, user.email);
  await ctx.store.likes.deleteAll(user.id, (imageId) => ctx.catalog.styleIdByImageId.get(imageId));
  await ctx.store.boards.deleteAll(user.id);
  await ctx.store.billing.deleteAll(user.id);
  await ctx.store.codes.deleteAll(emailKey);
  // the counters keyed by the email: sends and failed attempts (those per email and client are
  // keyed by an HMAC of both, and go when their window ends)
  for (const rule of [ctx.limits.accountFailures, ctx.limits.sendPerEmailHour]) {
    await ctx.store.limits.forget(rule, emailKey);
  }
  await ctx.store.retention.cancel(user.id);
  // notices owed and not yet sent: the account they would go to is going
  await ctx.store.outbox.deleteAllOf(user.id);
  await ctx.store.users.delete(user.id, emailKey);
}
