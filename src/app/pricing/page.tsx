import type { Metadata } from "next";
import { getPayments } from "@/server/payments";
import { formatPrice } from "@/ui/billing/format";
import { UpgradeButtons } from "@/ui/billing/UpgradeButtons";

export const metadata: Metadata = {
  title: "Pro",
  description: "mjpro Pro unlocks every recipe in the library and full-resolution image downloads.",
  alternates: { canonical: "/pricing" },
};

/** How much a year costs less than twelve months, in whole percent. */
function yearlySaving(prices: { month: { amount: number }; year: { amount: number } }): number {
  return Math.round((1 - prices.year.amount / (prices.month.amount * 12)) * 100);
}

export default async function PricingPage() {
  const payments = getPayments();
  const prices = await payments.prices().catch(() => null);
  const saving = prices ? yearlySaving(prices) : 0;
  return (
    <section className="prose pricing">
      <p className="eyebrow">mjpro Pro</p>
      <h1>Every recipe, unlocked.</h1>
      <p>
        Free recipes are free for everyone, with no account. Pro unlocks the rest: the sref code, moodboard or
        prompt and the exact parameters of every style, and full-resolution downloads of every example image.
      </p>
      <div className="plans">
        <section className="plan" aria-labelledby="plan-free">
          <h2 id="plan-free">Free</h2>
          <p className="plan-price">{prices ? formatPrice({ ...prices.month, amount: 0 }) : "Free"}</p>
          <ul>
            <li>Browse every style and its images</li>
            <li>Copy every free recipe in one click, no account needed</li>
            <li>Likes in this browser, synced across your devices once you sign in</li>
          </ul>
        </section>
        <section className="plan plan-pro" aria-labelledby="plan-pro">
          <h2 id="plan-pro">Pro</h2>
          {prices ? (
            <p className="plan-price">
              {formatPrice(prices.month)} a month
              <span>
                or {formatPrice(prices.year)} a year{saving > 0 ? ` (save ${saving}%)` : ""}
              </span>
            </p>
          ) : null}
          <ul>
            <li>Everything in Free</li>
            <li>Every Pro recipe, copied in one click from any grid or style page</li>
            <li>Full-resolution downloads of every example image</li>
            <li>Cancel any time; Pro stays until the end of the period you paid for</li>
          </ul>
        </section>
      </div>
      {payments.kind === "local" ? (
        <p className="notice-info">
          This is the local test checkout: no card is asked for and nothing is charged.
        </p>
      ) : null}
      {prices ? (
        <UpgradeButtons prices={prices} />
      ) : (
        <p className="form-error">Prices cannot be shown right now. Try again in a moment.</p>
      )}
    </section>
  );
}
