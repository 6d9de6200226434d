"use client";

import { useMemo } from "react";
import { useBoards } from "@/client/boards";
import { useHydrated } from "@/client/session";
import type { Board } from "@/domain/boards/boards";
import type { StyleView } from "@/domain/catalog/style-view";
import { useCollection } from "../collection/use-collection";
import { ResponsiveImage } from "../ResponsiveImage";
import { NewBoardForm } from "./NewBoardForm";

/** How many of a board's newest images its cover shows. */
const COVER_IMAGES = 3;
const COVER_SIZES = "(min-width: 640px) 180px, 60vw";

/** A board's cover: its newest images, in a box of fixed shape so nothing moves as they arrive. */
function BoardCover({ board, styles }: { board: Board; styles: ReadonlyMap<string, StyleView> }) {
  const images = board.imageIds.slice(0, COVER_IMAGES).flatMap((imageId) => {
    const image = styles.get(imageId)?.images.find((i) => i.id === imageId);
    return image ? [image] : [];
  });
  return (
    <span className="board-cover" data-count={images.length} aria-hidden="true">
      {images.map((image) => (
        <ResponsiveImage key={image.id} image={{ ...image, alt: "" }} sizes={COVER_SIZES} />
      ))}
    </span>
  );
}

/** The boards of this browser (and account), most recently changed first, and a field to make one. */
export function BoardsList() {
  const hydrated = useHydrated();
  const boards = useBoards();
  const coverItems = useMemo(
    () =>
      boards.flatMap((board) => board.imageIds.slice(0, COVER_IMAGES).map((imageId) => ({ imageId, at: 0 }))),
    [boards],
  );
  const { styles } = useCollection(coverItems);
  if (!hydrated) return <p className="empty">Loading your boards…</p>;
  return (
    <>
      <div className="board-tools">
        <NewBoardForm boardCount={boards.length} placeholder="Name a new board" submitLabel="Create board" />
      </div>
      {boards.length === 0 ? (
        <p className="empty">
          No boards yet. Make one here, or press Save (or B in the image viewer) on any image; no account
          needed.
        </p>
      ) : (
        <ul className="boards-list" aria-label="Your boards">
          {boards.map((board) => (
            <li key={board.id}>
              <a href={`/boards/${board.id}`}>
                <BoardCover board={board} styles={styles} />
                <strong>{board.name}</strong>
                <span className="board-count">
                  {board.imageIds.length} {board.imageIds.length === 1 ? "image" : "images"}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
