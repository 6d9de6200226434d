import { z } from "zod";
import { requireUser } from "@/server/auth";
import { billingContext } from "@/server/billing";
import { errorResponse, methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { getLocalPayments, getPayments } from "@/server/payments";
import { readOptionalJson } from "@/server/request";
import { localActionInput, runLocalAction } from "@/services/billing/local-action";

const body = z.strictObject({
  sessionId: z
    .string()
    .regex(/^cs_local_[a-f0-9]{32}$/)
    .optional(),
});

/** The buttons of the local test checkout and portal; only when the local provider is the one in use. */
export const POST = route(async (request: Request, context: { params: Promise<{ action: string }> }) => {
  if (getPayments().kind !== "local")
    return errorResponse("not_found", "The local test checkout is not in use here.");
  const user = await requireUser(request);
  const input = {
    action: parseOrThrow(localActionInput, (await context.params).action),
    ...parseOrThrow(body, await readOptionalJson(request)),
  };
  const plan = await runLocalAction(
    { ...billingContext(), local: getLocalPayments(), now: Date.now() },
    { userId: user.id, action: input.action, sessionId: input.sessionId },
  );
  return privateJson(plan);
});

export const GET = methodNotAllowed(["POST"]);
