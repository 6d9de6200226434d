"use client";

import { useState } from "react";
import { api } from "@/client/api";
import { useMe } from "@/client/plan";
import { useHydrated, useToken } from "@/client/session";
import { formatPrice } from "./format";
import { subscriptionLine } from "./subscription-line";

export type Prices = Record<"month" | "year", { amount: number; currency: string }>;

const SIGN_IN_FIRST = "/signin?next=/pricing";

async function openPortal(): Promise<string | null> {
  const result = await api<{ url: string }>("/api/billing/portal", { method: "POST", auth: true });
  if (result.ok) {
    window.location.assign(result.data.url);
    return null;
  }
  return result.error.message;
}

/** What a Pro member sees instead of Upgrade: their plan, its next date, and billing. */
function YouHavePro({ line, interval }: { line: string | null; interval: "month" | "year" | null }) {
  const [error, setError] = useState<string | null>(null);
  const portal = async () => setError(await openPortal());
  return (
    <div className="plan-status-box" data-testid="pricing-pro">
      <p className="plan-status-title">You have Pro</p>
      {line ? <p data-testid="pricing-subscription">{line}</p> : null}
      <div className="recipe-actions">
        <button type="button" className="button" onClick={() => void portal()}>
          Manage billing
        </button>
        {interval ? (
          <button type="button" className="button secondary" onClick={() => void portal()}>
            {interval === "month" ? "Switch to yearly" : "Switch to monthly"}
          </button>
        ) : null}
      </div>
      <p className="form-info">Switching and cancelling happen in the billing portal.</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Upgrade monthly or yearly. Everyone sees both prices; a visitor is asked to sign in
 * first and comes back here; a Pro member sees their plan instead.
 */
export function UpgradeButtons({ prices }: { prices: Prices }) {
  const token = useToken();
  const hydrated = useHydrated();
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (me?.plan === "pro") {
    return (
      <YouHavePro
        line={me.subscription ? subscriptionLine(me.subscription) : null}
        interval={me.subscription && !me.subscription.endedAt ? me.subscription.interval : null}
      />
    );
  }
  // a member's plan first: a Pro member is never offered an upgrade, not even for a moment
  if (hydrated && token && me === undefined)
    return <div className="plan-status-box plan-pending-box" aria-busy="true" />;
  if (hydrated && token && me === null) {
    return (
      <p className="form-error" role="alert">
        Your plan could not be checked just now. Reload the page to try again.
      </p>
    );
  }

  const upgrade = async (interval: "month" | "year") => {
    if (!token) {
      window.location.assign(SIGN_IN_FIRST);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api<{ url: string }>("/api/billing/checkout", {
      method: "POST",
      body: { interval },
      auth: true,
    });
    if (result.ok) {
      window.location.assign(result.data.url);
      return;
    }
    setBusy(false);
    setError(result.error.message);
  };
  const waiting = busy || !hydrated;
  return (
    <>
      {hydrated ? null : <div className="plan-status-box plan-pending-box when-member" aria-hidden="true" />}
      <div className={hydrated ? "recipe-actions" : "recipe-actions when-visitor"}>
        <button
          type="button"
          className="button upgrade"
          disabled={waiting}
          onClick={() => void upgrade("month")}
        >
          Upgrade monthly · {formatPrice(prices.month)} a month
        </button>
        <button
          type="button"
          className="button secondary upgrade"
          disabled={waiting}
          onClick={() => void upgrade("year")}
        >
          Upgrade yearly · {formatPrice(prices.year)} a year
        </button>
      </div>
      {hydrated && !token ? (
        <p className="form-info">
          You sign in with your email first (no password), then come back here to pay.
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
