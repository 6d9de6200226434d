import type { SqliteDb } from "./sqlite-driver";

/**
 * Replaces the popularity counts with a count from the likes table, in one transaction: the
 * catalog's image-to-style map goes into a temporary table, so SQLite joins and counts.
 */
export function recountLikers(
  db: SqliteDb,
  styleOfImage: ReadonlyMap<string, string>,
): { accounts: number; exact: boolean } {
  return db.transaction(() => {
    db.exec(`create temp table if not exists image_styles (image_id text primary key, style_id text not null) without rowid;
      delete from temp.image_styles;`);
    const put = db.prepare("insert into temp.image_styles (image_id, style_id) values (?, ?)");
    for (const [imageId, styleId] of styleOfImage) put.run(imageId, styleId);
    const liked = `from likes join temp.image_styles as images on images.image_id = likes.image_id
      where likes.liked = 1`;
    db.exec(`delete from style_likers;
      insert into style_likers (style_id, accounts)
        select images.style_id, count(distinct likes.user_id) ${liked} group by images.style_id;`);
    const counted = db
      .prepare<[], { accounts: number }>(`select count(distinct likes.user_id) as accounts ${liked}`)
      .get();
    db.exec("delete from temp.image_styles");
    return { accounts: counted?.accounts ?? 0, exact: true };
  })();
}
