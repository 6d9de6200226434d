"use client";

import { useSyncExternalStore } from "react";
import { MAX_SUBJECT_LENGTH } from "@/domain/catalog/recipe";

/** "Your subject": kept in this browser only, never sent anywhere. */
const SUBJECT_KEY = "mjpro.subject";

const listeners = new Set<() => void>();

function read(): string {
  try {
    return localStorage.getItem(SUBJECT_KEY) ?? "";
  } catch {
    return "";
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === SUBJECT_KEY || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The subject this browser remembers; "" on the server and during hydration. */
export function useSubject(): string {
  return useSyncExternalStore(subscribe, read, () => "");
}

export function setSubject(subject: string): void {
  const value = subject.slice(0, MAX_SUBJECT_LENGTH);
  if (value.trim()) localStorage.setItem(SUBJECT_KEY, value);
  else localStorage.removeItem(SUBJECT_KEY);
  for (const listener of listeners) listener();
}
