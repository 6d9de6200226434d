import type { Metadata } from "next";
import { getEnv } from "@/server/env";

export const metadata: Metadata = {
  title: "Terms",
  description: "The terms of using mjpro and its Pro subscription.",
  alternates: { canonical: "/terms" },
};

export default function TermsPage() {
  const env = getEnv();
  return (
    <article className="prose">
      <p className="eyebrow">Terms</p>
      <h1>Terms of use</h1>
      <p>
        mjpro is run by {env.OPERATOR_NAME}. Last updated {env.POLICY_UPDATED}. Questions:{" "}
        <a href={`mailto:${env.CONTACT_EMAIL}`}>{env.CONTACT_EMAIL}</a>.
      </p>
      <h2>The library</h2>
      <p>
        Recipes are style references, profiles and prompts for Midjourney, shown with images they made.
        Results in Midjourney vary with its versions and settings; a recipe is tested on the model version it
        names.
      </p>
      <h2>Accounts</h2>
      <p>You must be 16 or older to create an account. Keep access to your email: it is how you sign in.</p>
      <h2>Pro</h2>
      <p>
        Pro is a monthly or yearly subscription, paid through Stripe. You can cancel any time from your
        account page; Pro stays until the end of the period you paid for. If a payment fails, Stripe retries
        it for a few days before Pro ends.
      </p>
      <h2>Fair use</h2>
      <p>
        Use the recipes in your own work. Do not scrape the library or resell its recipes as a collection.
      </p>
      <h2>Privacy</h2>
      <p>
        What we keep and why is on the <a href="/privacy">privacy page</a>.
      </p>
    </article>
  );
}
