"use client";

import { useMemo, useState } from "react";
import { deleteBoard, renameBoard, useBoards } from "@/client/boards";
import { allRecipesText } from "@/client/likes-export";
import { useHydrated } from "@/client/session";
import { BOARD_LIMITS } from "@/domain/boards/boards";
import { CopyButton } from "../CopyButton";
import { StyleGroups } from "../collection/StyleGroups";
import { useCollection } from "../collection/use-collection";

/** One board: its images grouped by style, Copy all, rename and delete. */
export function BoardView({ boardId }: { boardId: string }) {
  const hydrated = useHydrated();
  const board = useBoards().find((b) => b.id === boardId);
  const items = useMemo(
    () => (board?.imageIds ?? []).map((imageId, index) => ({ imageId, at: -index })),
    [board?.imageIds],
  );
  const { rows, styles, error } = useCollection(items);
  const [name, setName] = useState<string | null>(null);

  if (!hydrated) return <p className="empty">Loading the board…</p>;
  if (!board) {
    return (
      <p className="empty">
        This browser has no such board: it was deleted, or it lives on another device (sign in there and here
        to share boards). <a href="/boards">Your boards</a>
      </p>
    );
  }
  const recipes = allRecipesText(rows);
  return (
    <>
      <h1>{board.name}</h1>
      <div className="board-tools">
        {recipes ? <CopyButton text={recipes} label="all recipes" visibleLabel="Copy all recipes" /> : null}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (name?.trim()) renameBoard(board.id, name.trim());
            setName(null);
          }}
        >
          <input
            className="input"
            value={name ?? board.name}
            onChange={(event) => setName(event.target.value)}
            aria-label="Board name"
            maxLength={BOARD_LIMITS.nameLength}
          />
          <button
            type="submit"
            className="button secondary small"
            disabled={!name?.trim() || name === board.name}
          >
            Rename
          </button>
        </form>
        <button
          type="button"
          className="button danger small"
          onClick={() => {
            if (window.confirm(`Delete the board “${board.name}”? Its images stay in the library.`)) {
              deleteBoard(board.id);
              window.location.assign("/boards");
            }
          }}
        >
          Delete board
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {board.imageIds.length === 0 ? (
        <p className="empty">
          Nothing on this board yet. Press Save (or B in the image viewer) on any image.{" "}
          <a href="/">Browse styles</a>
        </p>
      ) : (
        <StyleGroups rows={rows} styles={styles} />
      )}
    </>
  );
}
