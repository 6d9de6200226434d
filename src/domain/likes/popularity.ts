/**
 * Popularity: how many accounts like at least one image of a style. Only these counts are
 * kept (no account id beside them); each account counts once per style, however many of
 * its images it likes. A merge of likes changes them by what it flipped.
 */

export interface LikeState {
  imageId: string;
  liked: boolean;
}

/**
 * What one account's change does to the counts: +1 for a style it now likes and did not
 * before, -1 for one it no longer likes. `after` is the account's whole state after the
 * change, `flipped` the images whose liked state the change turned over.
 */
export function likerChanges(
  after: readonly LikeState[],
  flipped: ReadonlySet<string>,
  styleOf: (imageId: string) => string | undefined,
): Map<string, number> {
  const touched = new Set<string>();
  for (const imageId of flipped) {
    const style = styleOf(imageId);
    if (style) touched.add(style);
  }
  const changes = new Map<string, number>();
  if (touched.size === 0) return changes;
  const likedAfter = new Set<string>();
  const likedBefore = new Set<string>();
  const held = new Set<string>();
  for (const { imageId, liked } of after) {
    held.add(imageId);
    const style = styleOf(imageId);
    if (!style || !touched.has(style)) continue;
    if (liked) likedAfter.add(style);
    if (liked !== flipped.has(imageId)) likedBefore.add(style);
  }
  // a flipped image the state no longer holds was unliked so long ago its tombstone went: liked before
  for (const imageId of flipped) {
    const style = held.has(imageId) ? undefined : styleOf(imageId);
    if (style) likedBefore.add(style);
  }
  for (const style of touched) {
    const change = (likedAfter.has(style) ? 1 : 0) - (likedBefore.has(style) ? 1 : 0);
    if (change !== 0) changes.set(style, change);
  }
  return changes;
}

/** The styles an account likes at least one image of (what deleting the account takes from the counts). */
export function likedStyles(
  state: readonly LikeState[],
  styleOf: (imageId: string) => string | undefined,
): Set<string> {
  const styles = new Set<string>();
  for (const { imageId, liked } of state) {
    const style = liked ? styleOf(imageId) : undefined;
    if (style) styles.add(style);
  }
  return styles;
}
