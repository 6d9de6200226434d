import { z } from "zod";
import { requireUser } from "@/server/auth";
import { billingContext } from "@/server/billing";
import { getEnv } from "@/server/env";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { readJson } from "@/server/request";
import { startCheckout } from "@/services/billing/start-checkout";

const input = z.strictObject({
  interval: z.enum(["month", "year"], { error: 'interval must be "month" or "year"' }),
});

export const POST = route(async (request) => {
  const user = await requireUser(request);
  const { interval } = parseOrThrow(input, await readJson(request));
  const ctx = { ...billingContext(), siteUrl: getEnv().siteUrl, now: Date.now() };
  return privateJson(await startCheckout(ctx, { user, interval }));
});

export const GET = methodNotAllowed(["POST"]);
