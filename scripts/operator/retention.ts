/**
 * The daily retention job for hosts without Vercel Cron (run it from cron or a
 * scheduler): deletes accounts 90 days after their subscription ended.
 *
 *   npm run retention
 */
import { privacyContext } from "@/server/privacy";
import { runRetention } from "@/services/privacy/run-retention";

const ctx = privacyContext();
try {
  const ranAt = Date.now();
  const run = await runRetention(ctx, { now: ranAt });
  console.log(JSON.stringify({ job: "retention", ranAt: new Date(ranAt).toISOString(), ...run }));
} finally {
  await ctx.store.close();
}
