"use client";

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useCurrentPath } from "@/client/current-path";
import { signOut, useHydrated, useToken } from "@/client/session";
import { signInHref } from "@/domain/auth/next-path";

type FirstFocus = "first" | "last";

const menuItems = (menu: HTMLElement | null) =>
  Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

/**
 * "Sign in" for visitors (coming back to this page afterwards); for signed-in people an
 * Account menu (their account page and Sign out) that follows the WAI-ARIA menu button
 * pattern. The token is only known in the browser, so this renders after hydration.
 */
export function AccountLink() {
  const token = useToken();
  const hydrated = useHydrated();
  const here = useCurrentPath();
  const [open, setOpen] = useState(false);
  const firstFocus = useRef<FirstFocus>("first");
  const buttonId = useId();
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const openAt = (focus: FirstFocus) => {
    firstFocus.current = focus;
    setOpen(true);
  };

  useEffect(() => {
    if (!open) return;
    const list = menuItems(menu.current);
    (firstFocus.current === "last" ? list.at(-1) : list[0])?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Enter and Space click the button, which opens the menu at its first item
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openAt(event.key === "ArrowDown" ? "first" : "last");
    } else if (event.key === "Escape" && open) {
      setOpen(false);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = menuItems(menu.current);
    const current = list.indexOf(event.target as HTMLElement);
    const focusItem = (index: number) => {
      event.preventDefault();
      list[(index + list.length) % list.length]?.focus();
    };
    if (event.key === "ArrowDown") focusItem(current + 1);
    else if (event.key === "ArrowUp") focusItem(current - 1);
    else if (event.key === "Home") focusItem(0);
    else if (event.key === "End") focusItem(list.length - 1);
    else if (event.key === "Escape") {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (event.key === "Tab") {
      // not prevented: from the button, Tab goes on to what follows the menu
      button.current?.focus();
      setOpen(false);
    } else if (event.key === " ") {
      // Space activates the link item as Enter does
      event.preventDefault();
      list[current]?.click();
    }
  };

  // until the browser says, claim neither state (the header's slot keeps the place)
  if (!hydrated) return null;
  if (!token) {
    return (
      <a href={signInHref(here)} className="account-link">
        Sign in
      </a>
    );
  }
  return (
    <div className="account-menu" ref={root}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="account-link link-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openAt("first"))}
        onKeyDown={onButtonKey}
      >
        Account
      </button>
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="account-menu-list"
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          <a role="menuitem" tabIndex={-1} href="/account">
            Your account
          </a>
          <button role="menuitem" tabIndex={-1} type="button" className="link-button" onClick={signOut}>
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}
