"use client";

import { type ToggleEvent, useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";

/** At or below this width a menu is a sheet along the bottom of the screen (CSS), wherever its button is. */
const SHEET_QUERY = "(max-width: 600px)";
const GAP = 6;
const MARGIN = 8;

/** Places an opening menu beside its button: below it, or above where there is more room. */
function placeMenu(menu: HTMLElement, button: HTMLElement, width: number) {
  if (window.matchMedia(SHEET_QUERY).matches) {
    menu.removeAttribute("style");
    return;
  }
  const rect = button.getBoundingClientRect();
  const shown = Math.min(width, window.innerWidth - 2 * MARGIN);
  const left = Math.min(Math.max(MARGIN, rect.right - shown), window.innerWidth - shown - MARGIN);
  const below = window.innerHeight - rect.bottom - GAP - MARGIN;
  const above = rect.top - GAP - MARGIN;
  const style = menu.style;
  style.left = `${left}px`;
  style.width = `${shown}px`;
  if (below >= 300 || below >= above) {
    style.top = `${rect.bottom + GAP}px`;
    style.bottom = "auto";
    style.maxHeight = `${below}px`;
  } else {
    style.top = "auto";
    style.bottom = `${window.innerHeight - rect.top + GAP}px`;
    style.maxHeight = `${above}px`;
  }
}

/**
 * A small menu opened by a button, as a popover: in the top layer, so no card or cell clips
 * it; Escape and a press outside close it (the browser's light dismiss) and focus goes back
 * to the button. Placed by its button on a computer, where a scroll closes it; a sheet on a
 * phone. `used` turns true on the first press, so the menu's content renders only once wanted.
 */
export function usePopoverMenu<Menu extends HTMLElement>({ width }: { width: number }) {
  const id = useId();
  const menu = useRef<Menu>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);

  useEffect(() => {
    if (!open) return;
    // the menu opens a moment after the press: someone who already went into it keeps their place
    const panel = menu.current;
    if (panel && !panel.contains(document.activeElement)) panel.querySelector<HTMLElement>("input")?.focus();
    if (window.matchMedia(SHEET_QUERY).matches) return;
    const close = () => menu.current?.hidePopover();
    window.addEventListener("scroll", close, { passive: true });
    window.addEventListener("resize", close);
    return () => {
      window.removeEventListener("scroll", close);
      window.removeEventListener("resize", close);
    };
  }, [open]);

  return {
    open,
    used,
    show: () => {
      flushSync(() => setUsed(true));
      menu.current?.showPopover();
    },
    hide: () => menu.current?.hidePopover(),
    buttonProps: {
      ref: button,
      popoverTarget: id,
      "aria-expanded": open,
      onClick: () => setUsed(true),
    },
    menuProps: {
      ref: menu,
      id,
      popover: "auto" as const,
      onBeforeToggle: (event: ToggleEvent<Menu>) => {
        if (event.newState === "open" && menu.current && button.current) {
          placeMenu(menu.current, button.current, width);
        }
      },
      onToggle: (event: ToggleEvent<Menu>) => setOpen(event.newState === "open"),
    },
  };
}
