"use client";

import { useSyncExternalStore } from "react";
import { BLEND_SIZE } from "@/domain/catalog/blend";

/**
 * The styles picked for a blend, in this browser only ("Add to blend" on a style page,
 * Liked or a board); the blend page itself is a URL of style ids and weights.
 */
const BLEND_KEY = "mjpro.blend";

export interface BlendPick {
  id: string;
  title: string;
}

const listeners = new Set<() => void>();
let snapshot: readonly BlendPick[] | undefined;
const EMPTY: readonly BlendPick[] = [];

function read(): readonly BlendPick[] {
  if (snapshot) return snapshot;
  try {
    const parsed = JSON.parse(localStorage.getItem(BLEND_KEY) ?? "[]") as BlendPick[];
    snapshot = Array.isArray(parsed) && parsed.length > 0 ? parsed.slice(0, BLEND_SIZE.max) : EMPTY;
  } catch {
    snapshot = EMPTY;
  }
  return snapshot;
}

function write(picks: readonly BlendPick[]) {
  if (picks.length === 0) localStorage.removeItem(BLEND_KEY);
  else localStorage.setItem(BLEND_KEY, JSON.stringify(picks));
  snapshot = undefined;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === BLEND_KEY || event.key === null) {
      snapshot = undefined;
      listener();
    }
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function useBlendPicks(): readonly BlendPick[] {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}

/** Adds or removes a style; a fifth pick replaces the oldest. */
export function toggleBlendPick(pick: BlendPick): void {
  const picks = read();
  if (picks.some((p) => p.id === pick.id)) write(picks.filter((p) => p.id !== pick.id));
  else write([...picks, pick].slice(-BLEND_SIZE.max));
}

export function clearBlendPicks(): void {
  write([]);
}

/** The blend page of these picks, each at weight 1. */
export function blendHref(picks: readonly { id: string; weight?: number }[]): string {
  return `/blend?s=${picks.map((p) => (p.weight && p.weight !== 1 ? `${p.id}:${p.weight}` : p.id)).join(",")}`;
}
