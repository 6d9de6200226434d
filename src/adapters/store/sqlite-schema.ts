import type { SqliteDb } from "./sqlite-driver";

/** One row per code request (challenge); the challenge is an HMAC of the id the request answered. */
const CODES = `
create table if not exists codes (
  email_key text not null,
  challenge text not null,
  hash text not null,
  expires_at integer not null,
  forget_at integer not null,
  max_attempts integer not null,
  attempts integer not null default 0,
  primary key (email_key, challenge)
) without rowid;
create index if not exists codes_by_forget_at on codes (forget_at);
`;

/** The tables of the embedded store; created when missing, so opening a file is enough. */
export const SCHEMA = `
create table if not exists users (
  id text primary key,
  email_key text not null unique,
  email text not null,
  created_at integer not null,
  age_confirmed_at integer not null,
  token_version integer not null default 0
);
${CODES}create table if not exists likes (
  user_id text not null,
  image_id text not null,
  liked integer not null,
  at integer not null,
  primary key (user_id, image_id)
) without rowid;
-- each person's boards: last-writer-wins entries (domain/boards/boards)
create table if not exists board_entries (
  user_id text not null,
  key text not null,
  value text not null,
  at integer not null,
  primary key (user_id, key)
) without rowid;
-- how many accounts like each style: counts only (domain/likes/popularity)
create table if not exists style_likers (
  style_id text primary key,
  accounts integer not null
) without rowid;
create table if not exists billing (
  user_id text primary key,
  customer_id text unique,
  subscription text
);
create table if not exists billing_events (
  event_id text primary key,
  forget_at integer not null
);
-- mails owed and not yet sent; a sent one is deleted
create table if not exists mail_outbox (
  id text primary key,
  user_id text not null,
  body text not null,
  created_at integer not null,
  attempts integer not null default 0,
  due_at integer not null
);
create index if not exists mail_outbox_by_due on mail_outbox (due_at);
create index if not exists mail_outbox_by_user on mail_outbox (user_id);
create table if not exists retention (
  user_id text primary key,
  delete_at integer not null
);
create index if not exists retention_by_time on retention (delete_at);
-- rate-limiter-flexible's table, created here so limiters never race its asynchronous set-up
create table if not exists rate_limits (
  key text primary key,
  points integer not null default 0,
  expire integer
);
`;

/** Brings a file made by an earlier version up to the current schema. */
export function migrate(db: SqliteDb): void {
  const codeColumns = db.prepare<[], { name: string }>("pragma table_info(codes)").all();
  // codes of the one-code-per-email table live 20 minutes at most: they are dropped, not moved
  if (!codeColumns.some((column) => column.name === "challenge")) {
    db.exec("drop table codes");
    db.exec(CODES);
  }
}
