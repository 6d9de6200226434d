import type { Metadata } from "next";
import { safeNextPath } from "@/domain/auth/next-path";
import type { PageSearchParams } from "@/server/page-query";
import { SignInFlow } from "@/ui/auth/SignInFlow";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: PageSearchParams }) {
  const next = safeNextPath((await searchParams).next);
  return (
    <section className="prose auth-page">
      <p className="eyebrow">Sign in</p>
      <h1>Sign in with a code</h1>
      <p>
        No password: we email you a 6-digit code. Signing in keeps your likes on every device. Free recipes
        never need an account.
      </p>
      <SignInFlow next={next} />
      <p className="form-info">
        By signing in you accept the <a href="/terms">terms</a>. What we keep, and why, is on the{" "}
        <a href="/privacy">privacy page</a>.
      </p>
    </section>
  );
}
