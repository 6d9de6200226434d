"use client";

import { useSyncExternalStore } from "react";

/**
 * One value kept in this browser's localStorage under `key`, read once and then kept in
 * memory until it is written here or in another tab (the storage event). `parse` turns
 * the stored text (null when absent) into the value; unreadable text counts as absent.
 */
export function localStore<T>(key: string, parse: (stored: string | null) => T, serverValue: T) {
  const listeners = new Set<() => void>();
  let snapshot: { value: T } | undefined;

  const read = (): T => {
    if (!snapshot) {
      try {
        snapshot = { value: parse(localStorage.getItem(key)) };
      } catch {
        snapshot = { value: parse(null) };
      }
    }
    return snapshot.value;
  };

  /** Stores `stored` (null removes the key) and tells every reader. */
  const write = (stored: string | null) => {
    if (stored === null) localStorage.removeItem(key);
    else localStorage.setItem(key, stored);
    snapshot = undefined;
    for (const listener of listeners) listener();
  };

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) {
        snapshot = undefined;
        listener();
      }
    };
    window.addEventListener("storage", onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener("storage", onStorage);
    };
  };

  /** The value, kept in step; `serverValue` on the server and during hydration. */
  const use = (): T => useSyncExternalStore(subscribe, read, () => serverValue);

  return { read, write, subscribe, use };
}
