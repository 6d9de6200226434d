import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPayments } from "@/server/payments";
import { LocalPortal } from "@/ui/billing/LocalPortal";

export const metadata: Metadata = { title: "Test billing portal", robots: { index: false } };

export default function LocalPortalPage() {
  if (getPayments().kind !== "local") notFound();
  return (
    <section className="prose">
      <p className="eyebrow">Billing (test)</p>
      <h1>Manage your subscription</h1>
      <LocalPortal />
    </section>
  );
}
