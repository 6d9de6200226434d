"use client";

import { useSyncExternalStore } from "react";
import { SIGNED_OUT_URL } from "./leave-notices";
import { TOKEN_KEY } from "./token-key";

/** every key the app keeps in this browser starts with this */
const APP_PREFIX = "mjpro.";
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

/** A token the server no longer accepts: forget it, but keep likes and their queue for the next sign-in. */
export function forgetToken(): void {
  window.localStorage.removeItem(TOKEN_KEY);
  notify();
}

/** Signing out removes everything the app keeps in this browser, not only the token. */
export function clearLocalData(): void {
  const keys = Object.keys(window.localStorage).filter((key) => key.startsWith(APP_PREFIX));
  for (const key of keys) window.localStorage.removeItem(key);
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

/** False on the server and during hydration: lets UI wait instead of flashing "signed out". */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** Signs this browser out: local data gone, back to the start page, which says so. */
export function signOut(): void {
  clearLocalData();
  window.location.assign(SIGNED_OUT_URL);
}
