import type { Metadata } from "next";
import type { PageSearchParams } from "@/server/page-query";
import { CheckoutSuccess } from "@/ui/billing/CheckoutSuccess";

export const metadata: Metadata = { title: "Welcome to Pro", robots: { index: false } };

export default async function CheckoutSuccessPage({ searchParams }: { searchParams: PageSearchParams }) {
  const raw = (await searchParams).session_id;
  const sessionId = typeof raw === "string" && /^cs_[A-Za-z0-9_]{4,200}$/.test(raw) ? raw : undefined;
  return (
    <section className="prose">
      <p className="eyebrow">Pro</p>
      <h1>Thank you</h1>
      <CheckoutSuccess sessionId={sessionId} />
    </section>
  );
}
