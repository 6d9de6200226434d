import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPayments } from "@/server/payments";
import { LocalCheckout } from "@/ui/billing/LocalCheckout";

export const metadata: Metadata = { title: "Test checkout", robots: { index: false } };

export default async function LocalCheckoutPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (getPayments().kind !== "local" || !/^cs_local_[a-f0-9]{32}$/.test(id)) notFound();
  return (
    <section className="prose">
      <p className="eyebrow">Test checkout</p>
      <h1>mjpro Pro (test)</h1>
      <LocalCheckout sessionId={id} />
    </section>
  );
}
