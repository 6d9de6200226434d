import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BOARD_ID_PATTERN } from "@/domain/boards/boards";
import { BoardView } from "@/ui/boards/BoardView";

export const metadata: Metadata = { title: "Board", robots: { index: false } };

/** A board lives in the browser (and the account): the page is a shell, the browser fills it. */
export default async function BoardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!BOARD_ID_PATTERN.test(id)) notFound();
  return (
    <>
      <p className="eyebrow">
        <a href="/boards">Boards</a>
      </p>
      <BoardView boardId={id} />
    </>
  );
}
