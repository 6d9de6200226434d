import { mkdirSync } from "node:fs";
import path from "node:path";
import { RateLimiterSQLite } from "rate-limiter-flexible";
import type { BoardEntry } from "@/domain/boards/boards";
import { likedStyles, likerChanges } from "@/domain/likes/popularity";
import { type CodeRecord, type Store, StoreUnavailableError, type UserRecord } from "./port";
import { rateLimitStore } from "./rate-limits";
import { sqliteBillingStores } from "./sqlite-billing";
import { isSqliteFailure, openSqlite } from "./sqlite-driver";
import { recountLikers } from "./sqlite-popularity";
import { migrate, SCHEMA } from "./sqlite-schema";

interface UserRow {
  id: string;
  email: string;
  created_at: number;
  age_confirmed_at: number;
  token_version: number;
}

const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  createdAt: row.created_at,
  ageConfirmedAt: row.age_confirmed_at,
  tokenVersion: row.token_version,
});

/**
 * The embedded store: one SQLite file in WAL mode (./sqlite-driver.ts). The binding is
 * synchronous, so each statement (and each transaction) is atomic within the process;
 * WAL, write transactions that take the lock first and a busy timeout keep several
 * processes on one file safe.
 */
export function sqliteStore(options: { file: string }): Store {
  if (options.file !== ":memory:") mkdirSync(path.dirname(options.file), { recursive: true });
  const db = openSqlite(options.file, { busyTimeoutMs: 5000 });
  db.exec(SCHEMA);
  migrate(db);

  const statements = {
    userIdByEmail: db.prepare<[string], { id: string }>("select id from users where email_key = ?"),
    userById: db.prepare<[string], UserRow>("select * from users where id = ?"),
    userByEmail: db.prepare<[string], UserRow>("select * from users where email_key = ?"),
    insertUser: db.prepare<UserRecord & { emailKey: string }>(
      `insert into users (id, email_key, email, created_at, age_confirmed_at, token_version)
       values (@id, @emailKey, @email, @createdAt, @ageConfirmedAt, @tokenVersion)
       on conflict (email_key) do nothing`,
    ),
    bumpVersion: db.prepare<[string], { token_version: number }>(
      "update users set token_version = token_version + 1 where id = ? returning token_version",
    ),
    forgetCodes: db.prepare("delete from codes where forget_at <= ?"),
    putCode: db.prepare<CodeRecord & { emailKey: string; challengeKey: string; forgetAt: number }>(
      `insert or replace into codes (email_key, challenge, hash, expires_at, forget_at, max_attempts)
       values (@emailKey, @challengeKey, @hash, @expiresAt, @forgetAt, @maxAttempts)`,
    ),
    countAttempt: db.prepare<[string, string, number], { attempts: number }>(
      `update codes set attempts = attempts + 1 where email_key = ? and challenge = ? and forget_at > ?
       returning attempts`,
    ),
    getCode: db.prepare<[string, string, number], { hash: string; expires_at: number; max_attempts: number }>(
      "select hash, expires_at, max_attempts from codes where email_key = ? and challenge = ? and forget_at > ?",
    ),
    consumeCode: db.prepare("delete from codes where email_key = ? and challenge = ? and hash = ?"),
    deleteCode: db.prepare("delete from codes where email_key = ? and challenge = ?"),
    deleteCodes: db.prepare("delete from codes where email_key = ?"),
    // the merge rule of domain/likes/merge: the later action wins, an unlike on a tie
    mergeLike: db.prepare<{ userId: string; imageId: string; liked: number; at: number }>(
      `insert into likes (user_id, image_id, liked, at) values (@userId, @imageId, @liked, @at)
       on conflict (user_id, image_id) do update set liked = excluded.liked, at = excluded.at
       where excluded.at > likes.at or (excluded.at = likes.at and excluded.liked < likes.liked)`,
    ),
    dropTombstones: db.prepare("delete from likes where user_id = ? and liked = 0 and at < ?"),
    likesOf: db.prepare<[string], { image_id: string; liked: number; at: number }>(
      "select image_id, liked, at from likes where user_id = ?",
    ),
    deleteLikes: db.prepare("delete from likes where user_id = ?"),
    mergeBoardEntry: db.prepare<BoardEntry & { userId: string }>(
      `insert into board_entries (user_id, key, value, at) values (@userId, @key, @value, @at)
       on conflict (user_id, key) do update set value = excluded.value, at = excluded.at
       where excluded.at > board_entries.at or (excluded.at = board_entries.at and excluded.value < board_entries.value)`,
    ),
    forgetBoardEntry: db.prepare<BoardEntry & { userId: string }>(
      "delete from board_entries where user_id = @userId and key = @key and value = @value and at = @at",
    ),
    boardEntriesOf: db.prepare<[string], BoardEntry>(
      "select key, value, at from board_entries where user_id = ?",
    ),
    deleteBoards: db.prepare("delete from board_entries where user_id = ?"),
    changeLikers: db.prepare(
      `insert into style_likers (style_id, accounts) values (?, ?)
       on conflict (style_id) do update set accounts = accounts + excluded.accounts`,
    ),
    dropUnliked: db.prepare("delete from style_likers where accounts <= 0"),
    allLikers: db.prepare<[], { style_id: string; accounts: number }>(
      "select style_id, accounts from style_likers",
    ),
    deleteUser: db.prepare("delete from users where id = ? or email_key = ?"),
    scheduleDeletion: db.prepare(
      "insert into retention (user_id, delete_at) values (?, ?) on conflict (user_id) do update set delete_at = excluded.delete_at",
    ),
    cancelDeletion: db.prepare("delete from retention where user_id = ?"),
    deletionOf: db.prepare<[string], { delete_at: number }>(
      "select delete_at from retention where user_id = ?",
    ),
    dueDeletions: db.prepare<[number, number], { user_id: string }>(
      "select user_id from retention where delete_at <= ? order by delete_at, user_id limit ?",
    ),
  };

  const changeLikers = (changes: ReadonlyMap<string, number>) => {
    for (const [style, change] of changes) statements.changeLikers.run(style, change);
    if ([...changes.values()].some((change) => change < 0)) statements.dropUnliked.run();
  };
  const readLikes = (userId: string) =>
    statements.likesOf
      .all(userId)
      .map((row) => ({ imageId: row.image_id, liked: row.liked === 1, at: row.at }));

  const guard = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      if (
        isSqliteFailure(error) &&
        /SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY|CORRUPT|NOTADB|PERM)/.test(error.code)
      ) {
        return Promise.reject(new StoreUnavailableError(`sqlite: ${error.code}`, { cause: error }));
      }
      return Promise.reject(error);
    }
  };

  return {
    kind: "sqlite",
    users: {
      findIdByEmail: (emailKey) => guard(() => statements.userIdByEmail.get(emailKey)?.id),
      get: (id) =>
        guard(() => {
          const row = statements.userById.get(id);
          return row ? toUser(row) : undefined;
        }),
      create: (emailKey, user) =>
        guard(() => {
          statements.insertUser.run({ ...user, emailKey });
          return toUser(statements.userByEmail.get(emailKey) as UserRow);
        }),
      bumpTokenVersion: (id) => guard(() => statements.bumpVersion.get(id)?.token_version),
      delete: (id, emailKey) =>
        guard(() => {
          statements.deleteUser.run(id, emailKey);
        }),
    },
    codes: {
      put: (emailKey, challengeKey, code: CodeRecord, forgetAt, now) =>
        guard(() => {
          statements.forgetCodes.run(now);
          statements.putCode.run({ emailKey, challengeKey, ...code, forgetAt });
        }),
      countAttempt: (emailKey, challengeKey, now) =>
        guard(() => statements.countAttempt.get(emailKey, challengeKey, now)?.attempts),
      get: (emailKey, challengeKey, now) =>
        guard(() => {
          const row = statements.getCode.get(emailKey, challengeKey, now);
          return row
            ? { hash: row.hash, expiresAt: row.expires_at, maxAttempts: row.max_attempts }
            : undefined;
        }),
      consume: (emailKey, challengeKey, hash) =>
        guard(() => statements.consumeCode.run(emailKey, challengeKey, hash).changes === 1),
      delete: (emailKey, challengeKey) =>
        guard(() => {
          statements.deleteCode.run(emailKey, challengeKey);
        }),
      deleteAll: (emailKey) =>
        guard(() => {
          statements.deleteCodes.run(emailKey);
        }),
    },
    ...sqliteBillingStores(db, guard),
    retention: {
      schedule: (userId, deleteAt) =>
        guard(() => {
          statements.scheduleDeletion.run(userId, deleteAt);
        }),
      cancel: (userId) =>
        guard(() => {
          statements.cancelDeletion.run(userId);
        }),
      scheduledAt: (userId) => guard(() => statements.deletionOf.get(userId)?.delete_at),
      due: (now, limit) => guard(() => statements.dueDeletions.all(now, limit).map((row) => row.user_id)),
    },
    likes: {
      deleteAll: (userId, styleOf) =>
        guard(() =>
          db.transaction(() => {
            const gone = likedStyles(readLikes(userId), styleOf);
            changeLikers(new Map([...gone].map((style) => [style, -1])));
            statements.deleteLikes.run(userId);
          })(),
        ),
      get: (userId) => guard(() => readLikes(userId)),
      apply: (userId, ops, dropTombstonesBefore, styleOf) =>
        guard(() =>
          db.transaction(() => {
            const before = new Map(readLikes(userId).map((r) => [r.imageId, r.liked]));
            for (const op of ops)
              statements.mergeLike.run({ userId, imageId: op.imageId, liked: op.liked ? 1 : 0, at: op.at });
            statements.dropTombstones.run(userId, dropTombstonesBefore);
            const after = readLikes(userId);
            const likedAfter = new Map(after.map((r) => [r.imageId, r.liked]));
            const flipped = new Set(
              ops
                .map((op) => op.imageId)
                .filter((id) => (before.get(id) ?? false) !== (likedAfter.get(id) ?? false)),
            );
            changeLikers(likerChanges(after, flipped, styleOf));
            return after;
          })(),
        ),
    },
    boards: {
      get: (userId) => guard(() => statements.boardEntriesOf.all(userId)),
      apply: (userId, entries, forget) =>
        guard(() =>
          db.transaction(() => {
            for (const entry of entries) statements.mergeBoardEntry.run({ userId, ...entry });
            for (const entry of forget) statements.forgetBoardEntry.run({ userId, ...entry });
            return statements.boardEntriesOf.all(userId);
          })(),
        ),
      deleteAll: (userId) =>
        guard(() => {
          statements.deleteBoards.run(userId);
        }),
    },
    popularity: {
      likers: () =>
        guard(() => new Map(statements.allLikers.all().map((row) => [row.style_id, row.accounts]))),
      recount: (styleOfImage) => guard(() => recountLikers(db, styleOfImage)),
    },
    limits: rateLimitStore(
      (rule) =>
        new RateLimiterSQLite({
          storeClient: db,
          // the driver's API is better-sqlite3's (prepare, get/run, transaction), which this store type uses
          storeType: "better-sqlite3",
          tableName: "rate_limits",
          tableCreated: true,
          keyPrefix: rule.name,
          points: rule.points,
          duration: rule.durationSeconds,
        }),
      (error) => new StoreUnavailableError("sqlite: rate limit counter failed", { cause: error }),
    ),
    ping: () =>
      guard(() => {
        db.prepare("select 1").get();
      }),
    close: async () => {
      db.close();
    },
  };
}
