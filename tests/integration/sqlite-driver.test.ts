import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isSqliteFailure, openSqlite, type SqliteDb } from "@/adapters/store/sqlite-driver";

/** What src/adapters/store/sqlite-driver.ts promises on top of the libsql binding. */
const opened: SqliteDb[] = [];
function open(file: string, busyTimeoutMs = 5000): SqliteDb {
  const db = openSqlite(file, { busyTimeoutMs });
  opened.push(db);
  return db;
}
const freshFile = () => path.join(mkdtempSync(path.join(tmpdir(), "mjpro-driver-")), "t.db");

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe("sqlite driver", () => {
  it("works again once a lock another process held is free: a busy write does not poison the connection", () => {
    const file = freshFile();
    const ours = open(file, 50);
    ours.exec("create table t (id text primary key)");
    const insert = ours.prepare<[string]>("insert into t (id) values (?)");
    const theirs = open(file);

    theirs.exec("begin immediate");
    let failure: unknown;
    try {
      insert.run("while-locked");
    } catch (error) {
      failure = error;
    }
    expect(isSqliteFailure(failure) && failure.code).toMatch(/^SQLITE_BUSY/);
    theirs.exec("rollback");

    // a transaction of other statements commits (the failed one is still held, as a store holds
    // its statements), then the failed statement itself; another connection sees both
    const insertTwice = ours.prepare<[string, string]>("insert into t (id) values (?), (?)");
    ours.transaction(() => insertTwice.run("in-transaction-1", "in-transaction-2"))();
    insert.run("after");
    const ids = theirs.prepare<[], { id: string }>("select id from t order by id").all();
    expect(ids.map((row) => row.id)).toEqual(["after", "in-transaction-1", "in-transaction-2"]);
  });

  it("get() after all() on one statement reads the row asked for", () => {
    const db = open(freshFile());
    db.exec("create table t (id text primary key, n integer); insert into t values ('a', 1), ('b', 2)");
    const byId = db.prepare<[string], { id: string; n: number }>("select id, n from t where id = ?");
    expect(byId.all("a")).toEqual([{ id: "a", n: 1 }]);
    expect(byId.get("missing")).toBeUndefined();
    expect(byId.get("b")).toEqual({ id: "b", n: 2 });
  });

  it("refuses a boolean or a missing named value with a TypeError (the binding would abort the process)", () => {
    const db = open(freshFile());
    db.exec("create table t (id text primary key, n integer)");
    const insert = db.prepare<{ id: string; n: number }>("insert into t (id, n) values (@id, @n)");
    const loose = insert as unknown as { run(values: Record<string, unknown>): unknown };
    expect(() => loose.run({ id: "a", n: true })).toThrow(TypeError);
    expect(() => loose.run({ id: "a" })).toThrow(/@n is missing/);
    expect(() => loose.run({ id: "a", n: 1, extra: false })).not.toThrow();
    const positional = db.prepare<[string]>("select * from t where id = ?") as unknown as {
      get(value: unknown): unknown;
    };
    expect(() => positional.get(false)).toThrow(TypeError);
    expect(db.prepare<[], { c: number }>("select count(*) as c from t").get()).toEqual({ c: 1 });
  });

  it("reads RETURNING with get() (committed at once) and refuses run() for it", () => {
    const file = freshFile();
    const db = open(file);
    db.exec("create table t (id text primary key, n integer not null default 0)");
    const bump = db.prepare<[string], { n: number }>(
      "insert into t (id) values (?) on conflict (id) do update set n = n + 1 returning n",
    );
    expect(bump.get("a")).toEqual({ n: 0 });
    expect(bump.get("a")).toEqual({ n: 1 });
    expect(() => bump.run("a")).toThrow(/RETURNING/);
    const other = open(file);
    expect(other.prepare<[], { n: number }>("select n from t").get()).toEqual({ n: 1 });
    // a writer elsewhere is not blocked by a RETURNING read left open
    other.prepare<[string]>("insert into t (id) values (?)").run("b");
  });

  it("nests transactions as savepoints: an inner failure undoes only the inner work", () => {
    const db = open(freshFile());
    db.exec("create table t (id text primary key)");
    const insert = db.prepare<[string]>("insert into t (id) values (?)");
    db.transaction(() => {
      insert.run("outer");
      expect(() =>
        db.transaction(() => {
          insert.run("inner");
          throw new Error("inner fails");
        })(),
      ).toThrow("inner fails");
    })();
    expect(db.prepare<[], { id: string }>("select id from t").all()).toEqual([{ id: "outer" }]);
  });
});
