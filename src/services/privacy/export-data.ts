import type { Store, UserRecord } from "@/adapters/store/port";
import { boardsOf } from "@/domain/boards/boards";
import type { Catalog } from "@/domain/catalog/catalog";

/**
 * Everything mjpro keeps about a person, in one document. The account deletion test
 * checks that what this exports is exactly what deletion removes.
 */
export async function exportData(ctx: { store: Store; catalog: Catalog; now: number }, user: UserRecord) {
  const [likes, boardEntries, subscription, customerId, deletionScheduledAt] = await Promise.all([
    ctx.store.likes.get(user.id),
    ctx.store.boards.get(user.id),
    ctx.store.billing.get(user.id),
    ctx.store.billing.customerOf(user.id),
    ctx.store.retention.scheduledAt(user.id),
  ]);
  const iso = (ms: number | null | undefined) =>
    ms === null || ms === undefined ? null : new Date(ms).toISOString();
  return {
    exportedAt: iso(ctx.now),
    account: {
      id: user.id,
      email: user.email,
      createdAt: iso(user.createdAt),
      ageConfirmedAt: iso(user.ageConfirmedAt),
      /** set 90 days after a subscription ends; null while none is scheduled */
      deletionScheduledAt: iso(deletionScheduledAt),
    },
    likes: likes
      .sort((a, b) => b.at - a.at)
      .map((like) => ({
        imageId: like.imageId,
        styleId: ctx.catalog.styleIdByImageId.get(like.imageId) ?? null,
        liked: like.liked,
        at: iso(like.at),
      })),
    boards: boardsOf(boardEntries).map((board) => ({ ...board, updatedAt: iso(board.updatedAt) })),
    subscription: subscription
      ? {
          status: subscription.status,
          interval: subscription.interval,
          currentPeriodEnd: iso(subscription.currentPeriodEnd),
          cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
          endedAt: iso(subscription.endedAt),
          paymentCustomerId: customerId ?? null,
        }
      : null,
  };
}
