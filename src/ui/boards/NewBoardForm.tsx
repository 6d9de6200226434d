"use client";

import { useState } from "react";
import { createBoard } from "@/client/boards";
import { BOARD_LIMITS } from "@/domain/boards/boards";

/**
 * A field and button that make a board (in this browser; synced when signed in), or, at the
 * limit, a line saying so. `onCreated` gets the new board's id.
 */
export function NewBoardForm({
  boardCount,
  placeholder,
  submitLabel,
  className,
  onCreated,
}: {
  boardCount: number;
  placeholder: string;
  submitLabel: string;
  className?: string;
  onCreated?: (boardId: string) => void;
}) {
  const [name, setName] = useState("");
  if (boardCount >= BOARD_LIMITS.boards) {
    return <p className="save-menu-note">You have {BOARD_LIMITS.boards} boards, the most there can be.</p>;
  }
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const clean = name.trim();
        if (!clean) return;
        const boardId = createBoard(clean);
        setName("");
        onCreated?.(boardId);
      }}
    >
      <input
        className="input"
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder={placeholder}
        aria-label="New board name"
        maxLength={BOARD_LIMITS.nameLength}
      />
      <button type="submit" className="button small" disabled={!name.trim()}>
        {submitLabel}
      </button>
    </form>
  );
}
