"use client";

import { useState } from "react";
import { api } from "@/client/api";
import { useHydrated } from "@/client/session";

const ACTIONS = [
  { action: "cancel_at_period_end", label: "Cancel at period end" },
  { action: "resume", label: "Keep my subscription" },
  { action: "switch_interval", label: "Switch between monthly and yearly" },
  { action: "cancel_now", label: "Cancel now" },
  { action: "end_period", label: "Jump to the end of the period (test)" },
] as const;

/** The local stand-in for Stripe's customer portal. */
export function LocalPortal() {
  const [message, setMessage] = useState<string | null>(null);
  // the buttons do nothing until the page has loaded; say so by being disabled
  const hydrated = useHydrated();
  const run = async (action: string, label: string) => {
    const result = await api<{ plan: string }>(`/api/billing/local/${action}`, {
      method: "POST",
      auth: true,
    });
    setMessage(
      result.ok
        ? `${label}: done. Your plan is now ${result.data.plan === "pro" ? "Pro" : "Free"}.`
        : result.error.message,
    );
  };
  return (
    <div className="auth-form">
      <p className="notice-info">
        Test billing portal: these buttons send the events Stripe would, and charge nothing.
      </p>
      {ACTIONS.map(({ action, label }) => (
        <button
          key={action}
          type="button"
          className="button secondary"
          disabled={!hydrated}
          onClick={() => void run(action, label)}
        >
          {label}
        </button>
      ))}
      {message ? <p role="status">{message}</p> : null}
      <a href="/account">Back to your account</a>
    </div>
  );
}
