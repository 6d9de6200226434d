import type { LikeRecord, Store } from "@/adapters/store/port";
import type { Catalog } from "@/domain/catalog/catalog";
import { clampOps, likedImages, stateOf, TOMBSTONE_TTL_MS } from "@/domain/likes/merge";
import type { Clock } from "../auth/context";
import { NotFoundError } from "../errors";

export interface LikesContext {
  store: Store;
  catalog: Catalog;
  clock: Clock;
}

export interface LikesView {
  /** liked images still in the catalog, newest first */
  likes: { imageId: string; likedAt: number }[];
  /** every entry, unlikes included, for a client to merge with its own */
  entries: LikeRecord[];
  /** likes of images the catalog no longer has, left out of this batch; the client can forget them */
  ignored?: string[];
}

function view(catalog: Catalog, records: LikeRecord[]): LikesView {
  const state = stateOf(records);
  return {
    likes: likedImages(state).filter((like) => catalog.imageIds.has(like.imageId)),
    entries: records.sort((a, b) => (a.imageId < b.imageId ? -1 : 1)),
  };
}

/**
 * Merges a batch of the person's actions into their likes; times from the future count
 * as now. Styles leave the catalog while browsers still hold likes of their images, so an
 * action on an image the catalog no longer has is left out (and named in `ignored`)
 * rather than refusing the whole batch; an unlike still takes back a like stored earlier.
 */
export async function syncLikes(
  ctx: LikesContext,
  input: { userId: string; ops: LikeRecord[] },
): Promise<LikesView> {
  const unknown = input.ops.filter((op) => !ctx.catalog.imageIds.has(op.imageId));
  // an unlike of an unknown image counts only where it takes back a stored like, so no one
  // can fill their record with made-up ids
  const stored =
    unknown.length > 0
      ? new Set((await ctx.store.likes.get(input.userId)).map((r) => r.imageId))
      : new Set<string>();
  const applies = (op: LikeRecord) =>
    ctx.catalog.imageIds.has(op.imageId) || (!op.liked && stored.has(op.imageId));
  const ops = input.ops.filter(applies);
  const ignored = [...new Set(input.ops.filter((op) => !applies(op)).map((op) => op.imageId))];
  const now = ctx.clock.now();
  const merged = await ctx.store.likes.apply(
    input.userId,
    clampOps(ops, now),
    now - TOMBSTONE_TTL_MS,
    (imageId) => ctx.catalog.styleIdByImageId.get(imageId),
  );
  return { ...view(ctx.catalog, merged), ...(ignored.length > 0 ? { ignored } : {}) };
}

/**
 * Likes or unlikes one image. Liking needs the image in the catalog (an explicit request
 * for an unknown image is a 404); unliking also takes back a like of one since removed.
 */
export async function setLike(
  ctx: LikesContext,
  input: { userId: string; imageId: string; liked: boolean; at: number },
): Promise<LikesView> {
  if (input.liked && !ctx.catalog.imageIds.has(input.imageId))
    throw new NotFoundError(`no image with id ${input.imageId}`);
  return syncLikes(ctx, {
    userId: input.userId,
    ops: [{ imageId: input.imageId, liked: input.liked, at: input.at }],
  });
}

export async function listLikes(ctx: LikesContext, input: { userId: string }): Promise<LikesView> {
  const cutoff = ctx.clock.now() - TOMBSTONE_TTL_MS;
  return view(
    ctx.catalog,
    (await ctx.store.likes.get(input.userId)).filter((r) => r.liked || r.at >= cutoff),
  );
}
