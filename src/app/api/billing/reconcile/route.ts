import { z } from "zod";
import { requireUser } from "@/server/auth";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { getPayments } from "@/server/payments";
import { readJson } from "@/server/request";
import { getStore } from "@/server/store";
import { reconcileCheckout } from "@/services/billing/reconcile-checkout";

const input = z.strictObject({
  sessionId: z.string().regex(/^cs_[A-Za-z0-9_]{4,200}$/, "sessionId is not a checkout id"),
});

export const POST = route(async (request) => {
  const user = await requireUser(request);
  const { sessionId } = parseOrThrow(input, await readJson(request));
  const ctx = { store: getStore(), payments: getPayments(), now: Date.now() };
  return privateJson(await reconcileCheckout(ctx, { userId: user.id, sessionId }));
});

export const GET = methodNotAllowed(["POST"]);
