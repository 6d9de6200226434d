import type { Metadata } from "next";
import { AccountPanel } from "@/ui/auth/AccountPanel";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default function AccountPage() {
  return (
    <section className="prose">
      <p className="eyebrow">Account</p>
      <h1>Your account</h1>
      <AccountPanel />
    </section>
  );
}
