import type { Metadata } from "next";
import { getPayments } from "@/server/payments";
import { UpgradeButtons } from "@/ui/billing/UpgradeButtons";

export const metadata: Metadata = {
  title: "Pro",
  description: "mjpro Pro unlocks every recipe in the library and full-resolution image downloads.",
  alternates: { canonical: "/pricing" },
};

export default async function PricingPage() {
  const payments = getPayments();
  const prices = await payments.prices().catch(() => null);
  return (
    <section className="prose">
      <p className="eyebrow">mjpro Pro</p>
      <h1>Every recipe, unlocked.</h1>
      <p>
        Free recipes are free for everyone, with no account. Pro unlocks the rest: the sref code, moodboard or
        prompt and the exact parameters of every style, and full-resolution downloads of every example image.
      </p>
      <ul>
        <li>All Pro recipes, copy in one click</li>
        <li>Full-resolution images</li>
        <li>Likes synced across your devices</li>
        <li>Cancel any time; Pro stays until the end of the period you paid for</li>
      </ul>
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
