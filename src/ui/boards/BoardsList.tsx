"use client";

import { useState } from "react";
import { createBoard, useBoards } from "@/client/boards";
import { useHydrated } from "@/client/session";
import { BOARD_LIMITS } from "@/domain/boards/boards";

/** The boards of this browser (and account), most recently changed first, and a field to make one. */
export function BoardsList() {
  const hydrated = useHydrated();
  const boards = useBoards();
  const [name, setName] = useState("");
  if (!hydrated) return <p className="empty">Loading your boards…</p>;
  return (
    <>
      <div className="board-tools">
        {boards.length < BOARD_LIMITS.boards ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!name.trim()) return;
              createBoard(name.trim());
              setName("");
            }}
          >
            <input
              className="input"
              value={name}
              onChange={(event) => setName(event.target.value)}
              placeholder="Name a new board"
              aria-label="New board name"
              maxLength={BOARD_LIMITS.nameLength}
            />
            <button type="submit" className="button small" disabled={!name.trim()}>
              Create board
            </button>
          </form>
        ) : (
          <p>You have {BOARD_LIMITS.boards} boards, the most there can be.</p>
        )}
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
