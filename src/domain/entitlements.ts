import type { Tier } from "./catalog/taxonomy";

/**
 * Who is asking. Decided on the server for every request; the only place that
 * turns a viewer into permissions is this file.
 */
export type Viewer = { kind: "anonymous" } | { kind: "member"; userId: string; plan: "free" | "pro" };

export const ANONYMOUS: Viewer = { kind: "anonymous" };

export function isPro(viewer: Viewer): boolean {
  return viewer.kind === "member" && viewer.plan === "pro";
}

/** The recipe of a free style is public; a Pro style's recipe only reaches Pro members. */
export function canSeeRecipe(viewer: Viewer, style: { tier: Tier }): boolean {
  return style.tier === "free" || isPro(viewer);
}

/** Full-resolution originals are a Pro feature for every style. */
export function canDownloadOriginal(viewer: Viewer): boolean {
  return isPro(viewer);
}
