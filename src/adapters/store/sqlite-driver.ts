import { createRequire } from "node:module";
import type Libsql from "libsql";

/**
 * The embedded store's SQLite connection, on libsql: a better-sqlite3-style binding whose
 * prebuilt binaries come from the npm registry itself (@libsql/<platform>), so `npm ci`
 * compiles nothing. This module is the only one that touches the binding, and it covers
 * what the binding does differently from better-sqlite3 (tests/integration/sqlite-driver.test.ts):
 *
 * - A value SQLite cannot store (a boolean) or a missing named parameter aborts the
 *   whole process inside the binding, so both are refused here with a TypeError.
 * - `get()` after `all()` on the same statement can return the earlier row, so each
 *   query keeps one native statement for `all()` and another for `get()`/`run()`.
 * - A statement that failed with SQLITE_BUSY stays in progress, and every later COMMIT
 *   on that connection fails. After a busy or locked error the connection is replaced
 *   (outside any transaction) and statements are prepared again on the new one.
 * - `run()` of a statement with RETURNING leaves it unfinished (the write stays
 *   uncommitted), so such statements are read with `get()`/`all()` only.
 * - `get()` rows carry an extra `_metadata` key, removed here.
 */

/** What SQLite stores; booleans are not among them (write 1 or 0). */
export type SqlValue = string | number | bigint | null;
type Bindings = readonly SqlValue[] | object;
type Args<P extends Bindings> = P extends readonly SqlValue[] ? P : [P];

export interface Query<P extends Bindings, R> {
  get(...args: Args<P>): R | undefined;
  all(...args: Args<P>): R[];
  run(...args: Args<P>): { changes: number };
}

export interface SqliteDb {
  /** P: the positional values as a tuple, or the object of named (`@name`) values; R: a row */
  prepare<P extends Bindings = readonly SqlValue[], R = unknown>(sql: string): Query<P, R>;
  exec(sql: string): void;
  /** runs `work` in one write transaction (BEGIN IMMEDIATE; a savepoint when nested) */
  transaction<A extends unknown[], T>(work: (...args: A) => T): (...args: A) => T;
  close(): void;
}

export interface SqliteFailure extends Error {
  code: string;
}

export function isSqliteFailure(error: unknown): error is SqliteFailure {
  return (
    error instanceof Error &&
    "code" in error &&
    typeof error.code === "string" &&
    error.code.startsWith("SQLITE_")
  );
}

/** errors after which the connection may be left with a statement in progress */
const poisons = (error: unknown) => isSqliteFailure(error) && /^SQLITE_(BUSY|LOCKED)/.test(error.code);

const require = createRequire(import.meta.url);
// loaded on first open, so a deployment on Redis never loads the native binding
let binding: typeof Libsql | undefined;
const loadBinding = () => {
  binding ??= require("libsql") as typeof Libsql;
  return binding;
};

function checkValue(value: unknown, what: string): SqlValue {
  if (value === null || ["string", "number", "bigint"].includes(typeof value)) return value as SqlValue;
  throw new TypeError(`sqlite: ${what} is ${value === undefined ? "missing" : typeof value}`);
}

/** The values to bind, checked; named ones reduced to the names the statement uses. */
function bindings(names: readonly string[], args: readonly unknown[]): unknown[] {
  if (names.length === 0) return args.map((value, i) => checkValue(value, `parameter ${i + 1}`));
  const [named] = args;
  if (args.length !== 1 || typeof named !== "object" || named === null)
    throw new TypeError("sqlite: this statement takes one object of named values");
  const values: Record<string, SqlValue> = {};
  for (const name of names) values[name] = checkValue(Reflect.get(named, name), `@${name}`);
  return [values];
}

const withoutMetadata = <R>(row: R): R => {
  if (typeof row === "object" && row !== null) Reflect.deleteProperty(row, "_metadata");
  return row;
};

export function openSqlite(file: string, options: { busyTimeoutMs: number }): SqliteDb {
  const connect = () => {
    const Database = loadBinding();
    const db = new Database(file);
    db.exec(
      // the timeout first: switching to WAL can itself wait on another process's write
      `pragma busy_timeout = ${options.busyTimeoutMs}; pragma journal_mode = WAL; pragma synchronous = NORMAL`,
    );
    return db;
  };
  let conn = connect();
  let generation = 0;
  let depth = 0;

  const replaceConnection = () => {
    try {
      conn.close();
    } catch {
      // the old connection is dropped either way
    }
    conn = connect();
    generation += 1;
  };
  /** rethrows a failure, first replacing a connection it may have poisoned (never mid-transaction) */
  const fail = (error: unknown): never => {
    if (depth === 0 && poisons(error)) replaceConnection();
    throw error;
  };

  const prepare = <P extends Bindings, R>(sql: string): Query<P, R> => {
    const names = [...new Set([...sql.matchAll(/@([A-Za-z_]\w*)/g)].map((m) => m[1] as string))];
    const returning = /\breturning\b/i.test(sql);
    const native = () => {
      let statement: Libsql.Statement | undefined;
      let preparedIn = -1;
      return () => {
        if (!statement || preparedIn !== generation) {
          statement = conn.prepare(sql);
          preparedIn = generation;
        }
        return statement;
      };
    };
    const forOne = native();
    const forAll = native();
    forOne(); // a syntax error shows where the statement is written, not where it first runs
    const call = <T>(work: () => T): T => {
      try {
        return work();
      } catch (error) {
        return fail(error);
      }
    };
    return {
      get: (...args) => call(() => withoutMetadata(forOne().get(...bindings(names, args)) as R | undefined)),
      all: (...args) => call(() => forAll().all(...bindings(names, args)) as R[]),
      run: (...args) => {
        if (returning) throw new TypeError("sqlite: read a statement with RETURNING with get() or all()");
        return call(() => ({ changes: forOne().run(...bindings(names, args)).changes }));
      },
    };
  };

  const exec = (sql: string) => {
    try {
      conn.exec(sql);
    } catch (error) {
      fail(error);
    }
  };

  const transaction =
    <A extends unknown[], T>(work: (...args: A) => T) =>
    (...args: A): T => {
      const nested = depth > 0;
      exec(nested ? "savepoint nested" : "begin immediate");
      depth += 1;
      try {
        const result = work(...args);
        conn.exec(nested ? "release nested" : "commit");
        depth -= 1;
        return result;
      } catch (error) {
        try {
          conn.exec(nested ? "rollback to nested; release nested" : "rollback");
        } catch {
          // nothing to roll back: the failure ended the transaction
        }
        depth -= 1;
        return fail(error);
      }
    };

  return {
    prepare,
    exec,
    transaction,
    close: () => conn.close(),
  };
}
