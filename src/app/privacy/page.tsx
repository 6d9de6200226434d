import type { Metadata } from "next";
import { getEnv } from "@/server/env";

export const metadata: Metadata = {
  title: "Privacy",
  description: "What mjpro keeps about you, why, where, for how long, and how to take it or delete it.",
  alternates: { canonical: "/privacy" },
};

export default function PrivacyPage() {
  const env = getEnv();
  return (
    <article className="prose">
      <p className="eyebrow">Privacy</p>
      <h1>What we keep, and why</h1>
      <p>
        mjpro is run by {env.OPERATOR_NAME}. Last updated {env.POLICY_UPDATED}. This page says plainly what
        the site keeps about you. Write to <a href={`mailto:${env.CONTACT_EMAIL}`}>{env.CONTACT_EMAIL}</a>{" "}
        with any question.
      </p>
      <h2>Without an account: nothing</h2>
      <p>
        You can browse every style and copy every free recipe without giving us anything. Images you like are
        kept in your own browser (its localStorage), not on our servers.
      </p>
      <h2>With an account</h2>
      <ul>
        <li>
          Your email address: to send you sign-in codes, and mail about your subscription. No newsletters, no
          marketing.
        </li>
        <li>When you confirmed being 16 or older, and when you created the account.</li>
        <li>The images you like (and unlike), with the time, so they are the same on every device.</li>
        <li>
          If you subscribe to Pro: the state and dates of your subscription, and the id Stripe gives you as a
          customer. Your card is handled by Stripe only; we never see it.
        </li>
      </ul>
      <h2>Popularity, in aggregate only</h2>
      <p>
        To sort styles by &ldquo;Most liked&rdquo;, we count how many accounts like at least one image of each
        style. Only the count is kept, with no account beside it; your likes change it as they sync, you count
        once per style, and deleting your account takes your likes out of it. Likes kept only in your browser
        (without an account) are never counted.
      </p>
      <h2>Against abuse of sign-in</h2>
      <p>
        To stop anyone from flooding an inbox with codes or guessing them, we count sign-in requests per email
        and per network address. Both are counted under a keyed hash, never stored as themselves, and each
        count disappears within an hour. The site's own logs record a request's method, path and status, never
        your address, email or token; our host (Vercel) keeps its own request logs under its terms.
      </p>
      <h2>No tracking</h2>
      <p>
        No analytics, no advertising, no third-party scripts or fonts. The site sets no cookies. Your sign-in
        is a token kept in your browser's localStorage, not a server session; Stripe's own checkout pages may
        set their cookies while you pay there.
      </p>
      <h2>Who processes your data for us</h2>
      <ul>
        <li>Vercel hosts the site.</li>
        <li>Upstash stores the data above (Redis).</li>
        <li>Resend sends our mail.</li>
        <li>Stripe takes payments.</li>
        <li>Cloudinary delivers the example images (it sees requests for images, not who you are).</li>
      </ul>
      <p>We share your email with no one else.</p>
      <h2>Your rights</h2>
      <p>
        On your account page you can download everything we keep about you (Export my data) and delete your
        account (Delete my account), which also ends any subscription and removes your likes. Signing out
        removes what the site kept in that browser. You can also ask by mail.
      </p>
      <h2>How long</h2>
      <p>
        While your account exists. If a subscription ends, we keep the account 90 days in case you come back,
        then delete it.
      </p>
      <h2>Age</h2>
      <p>mjpro is not for people under 16; creating an account asks you to confirm you are 16 or older.</p>
      <h2>Changes</h2>
      <p>When this page changes, the date above changes with it.</p>
    </article>
  );
}
