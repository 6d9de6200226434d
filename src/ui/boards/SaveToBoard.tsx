"use client";

import { useEffect } from "react";
import { setOnBoard, useBoards } from "@/client/boards";
import { usePopoverMenu } from "../popover-menu";
import { NewBoardForm } from "./NewBoardForm";

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
  const menu = usePopoverMenu<HTMLFieldSetElement>({ width: 260 });
  const saved = boards.filter((board) => board.imageIds.includes(imageId)).length;

  // the image viewer opens and closes it with B
  const { open, show, hide } = menu;
  useEffect(() => {
    if (openProp === undefined || openProp === open) return;
    if (openProp) show();
    else hide();
  }, [openProp, open, show, hide]);

  return (
    <div className={`save-to-board ${className ?? ""}`}>
      <button
        type="button"
        className="save-button"
        data-saved={saved > 0}
        aria-label={`Save ${image} to a board`}
        {...menu.buttonProps}
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
      <fieldset
        className="menu-panel save-menu"
        aria-label={`Boards for ${image}`}
        {...menu.menuProps}
        onToggle={(event) => {
          menu.menuProps.onToggle(event);
          onOpenChange?.(event.newState === "open");
        }}
      >
        {menu.used ? (
          <>
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
            <NewBoardForm
              boardCount={boards.length}
              placeholder="New board"
              submitLabel="Create"
              className="save-menu-new"
              onCreated={(boardId) => setOnBoard(boardId, imageId, true)}
            />
            <a className="save-menu-all" href="/boards">
              All boards
            </a>
          </>
        ) : null}
      </fieldset>
    </div>
  );
}
