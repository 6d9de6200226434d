/**
 * Likes as a convergent set per person: each image has one entry, the person's
 * latest action on it. Merging keeps, per image, the entry with the later time,
 * so merging is commutative, associative and idempotent, and a stale replay never
 * undoes a newer action. Unlikes stay as tombstones for 90 days for that reason.
 */

export interface LikeEntry {
  liked: boolean;
  /** when the person acted, ms since the epoch */
  at: number;
}

export type LikeState = ReadonlyMap<string, LikeEntry>;

export interface LikeOp extends LikeEntry {
  imageId: string;
}

export const TOMBSTONE_TTL_MS = 90 * 24 * 60 * 60 * 1000;

/** Which of two entries for one image wins: the later; on a tie, the unlike (any fixed rule converges). */
export function winner(a: LikeEntry, b: LikeEntry): LikeEntry {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  if (a.liked !== b.liked) return a.liked ? b : a;
  return a;
}

export function mergeStates(a: LikeState, b: LikeState): Map<string, LikeEntry> {
  const merged = new Map(a);
  for (const [imageId, entry] of b) {
    const current = merged.get(imageId);
    merged.set(imageId, current ? winner(current, entry) : entry);
  }
  return merged;
}

export function applyOps(state: LikeState, ops: readonly LikeOp[]): Map<string, LikeEntry> {
  return mergeStates(state, stateOf(ops));
}

export function stateOf(ops: readonly LikeOp[]): Map<string, LikeEntry> {
  const state = new Map<string, LikeEntry>();
  for (const { imageId, liked, at } of ops) {
    const current = state.get(imageId);
    const entry = { liked, at };
    state.set(imageId, current ? winner(current, entry) : entry);
  }
  return state;
}

/** Times from the future are taken as now: a wrong clock must not make an action unbeatable. */
export function clampOps(ops: readonly LikeOp[], now: number): LikeOp[] {
  return ops.map((op) => (op.at > now ? { ...op, at: now } : op));
}

/** Drops tombstones older than 90 days; likes are kept forever. */
export function pruneTombstones(state: LikeState, now: number): Map<string, LikeEntry> {
  const kept = new Map<string, LikeEntry>();
  for (const [imageId, entry] of state) {
    if (entry.liked || now - entry.at < TOMBSTONE_TTL_MS) kept.set(imageId, entry);
  }
  return kept;
}

/** The liked images, newest first. */
export function likedImages(state: LikeState): { imageId: string; likedAt: number }[] {
  return [...state]
    .filter(([, entry]) => entry.liked)
    .map(([imageId, entry]) => ({ imageId, likedAt: entry.at }))
    .sort((a, b) => b.likedAt - a.likedAt || (a.imageId < b.imageId ? -1 : 1));
}
