"use client";

import { useEffect, useId, useRef, useState } from "react";
import { signOut, useHydrated, useToken } from "@/client/session";

/**
 * "Sign in" for visitors; for signed-in people an Account menu (their account page and
 * Sign out). The token is only known in the browser, so this renders after hydration.
 */
export function AccountLink() {
  const token = useToken();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  // until the browser says, keep the place without claiming either state
  if (!hydrated) {
    return (
      <span className="account-link" aria-hidden="true" style={{ visibility: "hidden" }}>
        Sign in
      </span>
    );
  }
  if (!token) {
    return (
      <a href="/signin" className="account-link">
        Sign in
      </a>
    );
  }
  return (
    <div className="account-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="account-link link-button"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        Account
      </button>
      {open ? (
        <ul
          id={menuId}
          className="account-menu-list"
          onBlur={(event) => {
            if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          <li>
            <a href="/account">Your account</a>
          </li>
          <li>
            <button type="button" className="link-button" onClick={signOut}>
              Sign out
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
