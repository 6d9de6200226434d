import type { Metadata } from "next";
import { LikedList } from "@/ui/likes/LikedList";

export const metadata: Metadata = { title: "Liked images", robots: { index: false } };

export default function LikedPage() {
  return (
    <>
      <section className="intro">
        <p className="eyebrow">Liked</p>
        <h1>Your liked images</h1>
        <p>
          Kept in this browser, and on every device once you sign in. <a href="/boards">Your boards</a>
        </p>
      </section>
      <LikedList />
    </>
  );
}
