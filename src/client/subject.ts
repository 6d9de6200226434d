"use client";

import { MAX_SUBJECT_LENGTH } from "@/domain/catalog/recipe";
import { localStore } from "./local-store";

/** "Your subject": kept in this browser only, never sent anywhere. */
const subjectStore = localStore("mjpro.subject", (stored) => stored ?? "", "");

/** The subject this browser remembers; "" on the server and during hydration. */
export const useSubject = subjectStore.use;

export function setSubject(subject: string): void {
  const value = subject.slice(0, MAX_SUBJECT_LENGTH);
  subjectStore.write(value.trim() ? value : null);
}
