import type { LikeRecord, Store } from "@/adapters/store/port";
import type { Catalog } from "@/domain/catalog/catalog";
import { clampOps, likedImages, stateOf, TOMBSTONE_TTL_MS } from "@/domain/likes/merge";
import type { Clock } from "../auth/context";
import { InvalidInputError } from "../errors";

export interface LikesContext {
  store: Store;
  catalog: Catalog;
  clock: Clock;
}

export interface LikesView {
  /** liked images, newest first */
  likes: { imageId: string; likedAt: number }[];
  /** every entry, unlikes included, for a client to merge with its own */
  entries: LikeRecord[];
}

function view(records: LikeRecord[]): LikesView {
  const state = stateOf(records);
  return { likes: likedImages(state), entries: records.sort((a, b) => (a.imageId < b.imageId ? -1 : 1)) };
}

/**
 * Merges a batch of the person's actions into their likes. Every image must be in the
 * catalog (all or nothing: an unknown id changes nothing); times from the future count
 * as now.
 */
export async function syncLikes(
  ctx: LikesContext,
  input: { userId: string; ops: LikeRecord[] },
): Promise<LikesView> {
  const unknown = [
    ...new Set(input.ops.map((op) => op.imageId).filter((id) => !ctx.catalog.imageIds.has(id))),
  ];
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).join(", ");
    throw new InvalidInputError(
      `unknown image ${unknown.length === 1 ? "id" : "ids"}: ${shown}${unknown.length > 3 ? ", …" : ""}`,
    );
  }
  const now = ctx.clock.now();
  const merged = await ctx.store.likes.apply(input.userId, clampOps(input.ops, now), now - TOMBSTONE_TTL_MS);
  return view(merged);
}

export async function listLikes(ctx: LikesContext, input: { userId: string }): Promise<LikesView> {
  const cutoff = ctx.clock.now() - TOMBSTONE_TTL_MS;
  return view((await ctx.store.likes.get(input.userId)).filter((r) => r.liked || r.at >= cutoff));
}
