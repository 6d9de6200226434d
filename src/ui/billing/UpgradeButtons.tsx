"use client";

import { useState } from "react";
import { api } from "@/client/api";
import { useHydrated, useToken } from "@/client/session";
import { formatPrice } from "./format";

type Prices = Record<"month" | "year", { amount: number; currency: string }>;

/** Upgrade monthly or yearly: opens the checkout (Stripe's, or the local test one). */
export function UpgradeButtons({ prices }: { prices: Prices }) {
  const token = useToken();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (hydrated && !token) {
    return (
      <p className="recipe-actions">
        <a className="button" href="/signin?next=/pricing">
          Sign in to upgrade
        </a>
      </p>
    );
  }
  const upgrade = async (interval: "month" | "year") => {
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
  return (
    <>
      <div className="recipe-actions">
        <button
          type="button"
          className="button"
          disabled={busy || !hydrated}
          onClick={() => void upgrade("month")}
        >
          Upgrade monthly · {formatPrice(prices.month)} a month
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy || !hydrated}
          onClick={() => void upgrade("year")}
        >
          Upgrade yearly · {formatPrice(prices.year)} a year
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
