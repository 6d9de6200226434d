import type { Metadata } from "next";
import { BoardsList } from "@/ui/boards/BoardsList";

export const metadata: Metadata = { title: "Boards", robots: { index: false } };

export default function BoardsPage() {
  return (
    <>
      <section className="intro">
        <p className="eyebrow">Boards</p>
        <h1>Your boards</h1>
        <p>
          Collections of images, kept in this browser, and on every device once you sign in.{" "}
          <a href="/liked">Liked</a>
        </p>
      </section>
      <BoardsList />
    </>
  );
}
