"use client";

import { useState } from "react";
import { api } from "@/client/api";
import { useHydrated } from "@/client/session";

/** The local test checkout: clearly not a real one, and it charges nothing. */
export function LocalCheckout({ sessionId }: { sessionId: string }) {
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const pay = async () => {
    setBusy(true);
    const result = await api("/api/billing/local/complete", {
      method: "POST",
      body: { sessionId },
      auth: true,
    });
    if (result.ok) {
      window.location.assign("/billing/success");
      return;
    }
    setBusy(false);
    setError(result.error.message);
  };
  return (
    <div className="auth-form">
      <p className="notice-info">
        Test checkout: no card, no charge. It drives the same code a real Stripe payment does.
      </p>
      <button type="button" className="button" disabled={busy || !hydrated} onClick={() => void pay()}>
        {busy ? "Paying…" : "Pay (test, no charge)"}
      </button>
      <a href="/pricing?checkout=cancelled">Cancel and go back</a>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
