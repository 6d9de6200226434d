"use client";

import { useEffect, useState } from "react";
import { api } from "@/client/api";
import { formatDate } from "./format";

interface Plan {
  plan: "free" | "pro";
  subscription: { currentPeriodEnd: string } | null;
}

/** Reads the plan back from the server (after asking it to check the checkout with the provider). */
export function CheckoutSuccess({ sessionId }: { sessionId?: string }) {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      if (sessionId) await api("/api/billing/reconcile", { method: "POST", body: { sessionId }, auth: true });
      const me = await api<Plan>("/api/me", { auth: true });
      if (me.ok) setPlan(me.data);
      else setError(me.error.message);
    })();
  }, [sessionId]);
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (!plan) return <p>Checking your payment…</p>;
  if (plan.plan !== "pro") {
    return (
      <p>
        Your payment is still being confirmed. This page will show Pro as soon as it is; reload in a moment.
      </p>
    );
  }
  return (
    <>
      <p data-testid="plan-status">
        Pro is active{plan.subscription ? ` until ${formatDate(plan.subscription.currentPeriodEnd)}` : ""}.
        Every recipe is unlocked.
      </p>
      <p>
        <a className="button" href="/">
          Browse the styles
        </a>
      </p>
    </>
  );
}
