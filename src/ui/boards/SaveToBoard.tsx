"use client";

import { useEffect, useId, useRef, useState } from "react";
import { createBoard, setOnBoard, useBoards } from "@/client/boards";
import { BOARD_LIMITS } from "@/domain/boards/boards";

/**
 * "Save" for one image: a small menu of the boards in this browser, each a checkbox (on
 * the board or not), and a field to make a new board with the image on it. Works signed
 * out; synced when signed in. `open`/`onOpenChange` let the lightbox open it with B.
 */
export function SaveToBoard({
  imageId,
  image,
  className,
  open: openProp,
  onOpenChange,
}: {
  imageId: string;
  image: string;
  className?: string;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const boards = useBoards();
  const [ownOpen, setOwnOpen] = useState(false);
  const open = openProp ?? ownOpen;
  const setOpen = (next: boolean) => {
    setOwnOpen(next);
    onOpenChange?.(next);
  };
  const [name, setName] = useState("");
  const menuId = useId();
  const menu = useRef<HTMLFieldSetElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const close = useRef(() => setOpen(false));
  close.current = () => setOpen(false);
  const saved = boards.filter((board) => board.imageIds.includes(imageId)).length;

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>("input")?.focus();
  }, [open]);

  // while open: Escape anywhere, or a press outside, closes it (Escape not the image viewer too)
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      event.stopPropagation();
      close.current();
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) close.current();
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("pointerdown", onPointer, true);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("pointerdown", onPointer, true);
    };
  }, [open]);

  const create = (event: React.FormEvent) => {
    event.preventDefault();
    const clean = name.trim();
    if (!clean) return;
    setOnBoard(createBoard(clean.slice(0, BOARD_LIMITS.nameLength)), imageId, true);
    setName("");
  };

  return (
    <div className={`save-to-board ${className ?? ""}`} ref={wrapper}>
      <button
        type="button"
        className="save-button"
        aria-expanded={open}
        aria-controls={menuId}
        data-saved={saved > 0}
        aria-label={`Save ${image} to a board`}
        onClick={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setOpen(!open);
        }}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d="M6 3.5h12v17l-6-4.2-6 4.2z"
            fill={saved > 0 ? "currentColor" : "none"}
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      {open ? (
        <fieldset className="save-menu" id={menuId} ref={menu} aria-label={`Boards for ${image}`}>
          <p className="save-menu-title">Save to board</p>
          {boards.length > 0 ? (
            <ul>
              {boards.map((board) => (
                <li key={board.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={board.imageIds.includes(imageId)}
                      onChange={(event) => setOnBoard(board.id, imageId, event.target.checked)}
                    />
                    {board.name}
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
          {boards.length < BOARD_LIMITS.boards ? (
            <form onSubmit={create} className="save-menu-new">
              <input
                className="input"
                value={name}
                onChange={(event) => setName(event.target.value)}
                placeholder="New board"
                aria-label="New board name"
                maxLength={BOARD_LIMITS.nameLength}
              />
              <button type="submit" className="button small" disabled={!name.trim()}>
                Create
              </button>
            </form>
          ) : (
            <p className="save-menu-note">You have {BOARD_LIMITS.boards} boards, the most there can be.</p>
          )}
          <a className="save-menu-all" href="/boards">
            All boards
          </a>
        </fieldset>
      ) : null}
    </div>
  );
}
