import { requireCronSecret } from "@/server/cron";
import { methodNotAllowed, privateJson, route } from "@/server/http";
import { getLog } from "@/server/log";
import { DRAIN_LIMIT, outboxContext } from "@/server/outbox";
import { drainOutbox } from "@/services/mail/drain-outbox";

/** The outbox job (vercel.json crons): sends owed mail that is due, retrying failed sends with backoff. */
export const GET = route(async (request) => {
  requireCronSecret(request);
  const ctx = outboxContext();
  const ranAt = ctx.clock.now();
  const run = await drainOutbox(ctx, { limit: DRAIN_LIMIT });
  getLog().info({ event: "mail_drain", ...run });
  return privateJson({ ranAt: new Date(ranAt).toISOString(), ...run });
});

export const POST = methodNotAllowed(["GET"]);
