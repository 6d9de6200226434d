"use client";

import { useSyncExternalStore } from "react";

/** The sign-in token lives here and nowhere else: no cookies, no server session. */
const TOKEN_KEY = "mjpro.token";
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function readToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string): void {
  window.localStorage.setItem(TOKEN_KEY, token);
  notify();
}

/** Signing out removes everything the app keeps in this browser. */
export function clearLocalData(): void {
  window.localStorage.removeItem(TOKEN_KEY);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === TOKEN_KEY || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The token, or null; null on the server and during hydration, so markup matches. */
export function useToken(): string | null {
  return useSyncExternalStore(subscribe, readToken, () => null);
}
