import { requireCronSecret } from "@/server/cron";
import { methodNotAllowed, privateJson, route } from "@/server/http";
import { getLog } from "@/server/log";
import { privacyContext } from "@/server/privacy";
import { runRetention } from "@/services/privacy/run-retention";

/** The daily retention job (vercel.json crons): deletes accounts 90 days after their subscription ended. */
export const GET = route(async (request) => {
  requireCronSecret(request);
  const ranAt = Date.now();
  const run = await runRetention(privacyContext(), { now: ranAt });
  getLog().info({ event: "retention", ...run });
  return privateJson({ ranAt: new Date(ranAt).toISOString(), ...run });
});

export const POST = methodNotAllowed(["GET"]);
