"use client";

import { BLEND_SIZE } from "@/domain/catalog/blend";
import { localStore } from "./local-store";

/**
 * The styles picked for a blend, in this browser only ("Add to blend" on a style page,
 * Liked or a board); the blend page itself is a URL of style ids and weights.
 */
export interface BlendPick {
  id: string;
  title: string;
}

const EMPTY: readonly BlendPick[] = [];

const picksStore = localStore<readonly BlendPick[]>(
  "mjpro.blend",
  (stored) => {
    const parsed: unknown = JSON.parse(stored ?? "[]");
    return Array.isArray(parsed) && parsed.length > 0
      ? (parsed as BlendPick[]).slice(0, BLEND_SIZE.max)
      : EMPTY;
  },
  EMPTY,
);

export const useBlendPicks = picksStore.use;

function write(picks: readonly BlendPick[]) {
  picksStore.write(picks.length === 0 ? null : JSON.stringify(picks));
}

/** Adds or removes a style; a fifth pick replaces the oldest. */
export function toggleBlendPick(pick: BlendPick): void {
  const picks = picksStore.read();
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
