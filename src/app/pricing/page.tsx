import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Pro",
  description: "mjpro Pro unlocks every recipe in the library and full-resolution image downloads.",
  alternates: { canonical: "/pricing" },
};

export default function PricingPage() {
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
      </ul>
      <p>
        Subscriptions are not open yet: checkout arrives with accounts. Until then, every free recipe is yours
        to copy.
      </p>
      <p>
        <a className="button secondary" href="/search?tier=free">
          Browse free recipes
        </a>
      </p>
    </section>
  );
}
