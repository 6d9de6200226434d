import { z } from "zod";
import { LOCAL_ACTIONS, type LocalAction } from "@/adapters/payments/local";
import type { PaymentEvent } from "@/adapters/payments/port";
import type { Subscription } from "@/domain/billing/subscription";
import { InvalidInputError } from "../errors";
import { applyPaymentEvent, type BillingContext } from "./apply-payment-event";
import { type PlanView, planOf } from "./plan";

export const localActionInput = z.enum(LOCAL_ACTIONS, {
  error: `action must be one of: ${LOCAL_ACTIONS.join(", ")}`,
});

export interface LocalCheckout {
  act(
    action: LocalAction,
    input: { userId: string; sessionId?: string; current?: Subscription },
  ): PaymentEvent;
}

/**
 * A click on the local test checkout or portal: the local provider turns it into the
 * event Stripe would send, and that event goes through applyPaymentEvent like a webhook.
 */
export async function runLocalAction(
  ctx: BillingContext & { local: LocalCheckout; now: number },
  input: { userId: string; action: LocalAction; sessionId?: string },
): Promise<PlanView> {
  const current = await ctx.store.billing.get(input.userId);
  let event: PaymentEvent;
  try {
    event = ctx.local.act(input.action, { userId: input.userId, sessionId: input.sessionId, current });
  } catch (error) {
    throw new InvalidInputError(error instanceof Error ? error.message : "that action does not apply now");
  }
  await applyPaymentEvent(ctx, event);
  return planOf({ store: ctx.store, now: ctx.now }, input.userId);
}
