import { deletionDueAt } from "@/domain/privacy/retention";
import { deleteAccount } from "./delete-account";

export interface RetentionRun {
  /** accounts deleted because their subscription ended 90 days ago or more */
  deleted: number;
  /** scheduled accounts found not due after all (a resubscribe, a later end): their schedule was corrected */
  rescheduled: number;
  /** accounts whose deletion failed this time (say, the payment provider did not answer); tried again next run */
  failed: number;
}

const BATCH = 100;

/**
 * The daily retention job: deletes every account whose subscription ended at least
 * 90 days before `now`. The schedule is only an index; each account's stored
 * subscription decides, so a resubscribe that raced the schedule keeps the account.
 * Sends no mail: a deleted account gets none.
 */
export async function runRetention(
  ctx: Parameters<typeof deleteAccount>[0],
  input: { now: number },
): Promise<RetentionRun> {
  const run: RetentionRun = { deleted: 0, rescheduled: 0, failed: 0 };
  // each account is looked at once per run, so an entry that stays listed cannot loop forever
  const seen = new Set<string>();
  for (;;) {
    const due = (await ctx.store.retention.due(input.now, BATCH + seen.size)).filter((id) => !seen.has(id));
    if (due.length === 0) return run;
    for (const userId of due) {
      seen.add(userId);
      const [user, subscription] = await Promise.all([
        ctx.store.users.get(userId),
        ctx.store.billing.get(userId),
      ]);
      const deleteAt = deletionDueAt(subscription);
      if (user && deleteAt !== null && deleteAt <= input.now) {
        try {
          await deleteAccount(ctx, user);
          run.deleted++;
        } catch {
          // one account must not hold up the others; it stays scheduled for the next run
          run.failed++;
        }
      } else if (user && deleteAt !== null) {
        await ctx.store.retention.schedule(userId, deleteAt);
        run.rescheduled++;
      } else {
        // no such account any more, or nothing ended: nothing to delete
        await ctx.store.retention.cancel(userId);
        if (user) run.rescheduled++;
      }
    }
  }
}
