import type { Subscription } from "@/domain/billing/subscription";
import type { BoardEntry } from "@/domain/boards/boards";
import { AppError } from "@/domain/errors";

/**
 * Where mutable data lives. Adapters: SQLite (embedded default, a file under DATA_DIR)
 * and Redis (production: Upstash or any Redis over TCP/TLS). Both pass one contract
 * suite (tests/integration/store-contract.test.ts).
 *
 * Emails are never part of a key: records are found by `emailKey`, an HMAC of the
 * normalized address made by the caller.
 */

export interface UserRecord {
  id: string;
  email: string;
  createdAt: number;
  /** when the person confirmed being 16 or older, at account creation */
  ageConfirmedAt: number;
  /** bumped by sign-out-everywhere and deletion; tokens carrying an older one are refused */
  tokenVersion: number;
}

export interface CodeRecord {
  /** HMAC-SHA256 of the code, hex */
  hash: string;
  expiresAt: number;
  /** how many guesses the code allows */
  maxAttempts: number;
}

export interface UserStore {
  findIdByEmail(emailKey: string): Promise<string | undefined>;
  get(id: string): Promise<UserRecord | undefined>;
  /** Creates the user unless the email already has one; answers the user the email has now. */
  create(emailKey: string, user: UserRecord): Promise<UserRecord>;
  /** The new version, or undefined when there is no such user. */
  bumpTokenVersion(id: string): Promise<number | undefined>;
  /** Removes the user and their email index; nothing happens for an unknown user. */
  delete(id: string, emailKey: string): Promise<void>;
}

/**
 * Sign-in codes, each under the challenge its code request answered (`challengeKey`),
 * so several codes of one email live side by side and a request never replaces another
 * person's code. Times are the caller's clock: a record is gone once `now` reaches its
 * `forgetAt`.
 */
export interface CodeStore {
  put(emailKey: string, challengeKey: string, code: CodeRecord, forgetAt: number, now: number): Promise<void>;
  /** Counts one guess atomically: the guesses so far, this one included, or undefined when there is no code. */
  countAttempt(emailKey: string, challengeKey: string, now: number): Promise<number | undefined>;
  get(emailKey: string, challengeKey: string, now: number): Promise<CodeRecord | undefined>;
  /** Deletes the code only while it still has this hash: of concurrent callers, exactly one gets true. */
  consume(emailKey: string, challengeKey: string, hash: string): Promise<boolean>;
  delete(emailKey: string, challengeKey: string): Promise<void>;
  /** Every code of the email (account deletion). */
  deleteAll(emailKey: string): Promise<void>;
}

/** One image's latest like or unlike by a person (see domain/likes/merge). */
export interface LikeRecord {
  imageId: string;
  liked: boolean;
  at: number;
}

/** The style an image belongs to (the catalog's), or undefined for an image it no longer has. */
export type StyleOfImage = (imageId: string) => string | undefined;

export interface LikeStore {
  /** The person's entries, tombstones included. */
  get(userId: string): Promise<LikeRecord[]>;
  /**
   * Merges `ops` into the person's set in one atomic step: per image the later action
   * wins, an unlike on a tie; tombstones older than `dropTombstonesBefore` are removed.
   * The popularity counts follow what the merge changed (domain/likes/popularity).
   * Answers the merged entries.
   */
  apply(
    userId: string,
    ops: readonly LikeRecord[],
    dropTombstonesBefore: number,
    styleOf: StyleOfImage,
  ): Promise<LikeRecord[]>;
  /** Forgets the person's likes, and takes them out of the popularity counts. */
  deleteAll(userId: string, styleOf: StyleOfImage): Promise<void>;
}

/** A person's boards, as last-writer-wins entries (domain/boards/boards). */
export interface BoardStore {
  /** Every entry of the person's boards, removals and deleted boards included. */
  get(userId: string): Promise<BoardEntry[]>;
  /**
   * Merges `entries` in one atomic step (per key the later wins, the smaller value on a
   * tie), then forgets each entry of `forget` that is still exactly as given (a later
   * write keeps it). Answers every entry.
   */
  apply(userId: string, entries: readonly BoardEntry[], forget: readonly BoardEntry[]): Promise<BoardEntry[]>;
  deleteAll(userId: string): Promise<void>;
}

/**
 * How many accounts like each style: counts only, linked to no account. SQLite changes
 * them in the transaction that merges the likes; Redis right after the merge script
 * (its keys live in another slot), so a crash between the two can leave a count one off,
 * until `recount` (the operator's `npm run recount-popularity`).
 */
export interface PopularityStore {
  /** Styles with at least one liker, and how many. */
  likers(): Promise<Map<string, number>>;
  /**
   * Counts again from every account's likes, with the catalog's images (an image since taken
   * out of the catalog counts for no style), and replaces the counts. SQLite counts in one
   * transaction. Redis counts again while likes change the counts meanwhile, up to a few times;
   * `exact: false` says its last count was written although likes changed counts during it
   * (each such like may be one off), and that a quieter run would be exact.
   */
  recount(styleOfImage: ReadonlyMap<string, string>): Promise<{ accounts: number; exact: boolean }>;
}

export interface BillingStore {
  /** The subscription that decides the plan (domain/billing effectiveSubscription). */
  get(userId: string): Promise<Subscription | undefined>;
  /**
   * Merges `state` into the person's subscriptions (each keeps its newest state,
   * domain/billing withSubscription), atomically; answers the effective subscription.
   */
  apply(userId: string, state: Subscription): Promise<Subscription>;
  /** Links a payment-provider customer to a person once; answers the customer linked now. */
  linkCustomer(userId: string, customerId: string): Promise<string>;
  customerOf(userId: string): Promise<string | undefined>;
  userOfCustomer(customerId: string): Promise<string | undefined>;
  /**
   * True the first time an event id is seen (within `ttlMs`): each event takes effect once.
   * The mails the event owes are recorded in the same atomic step, so a first delivery
   * always leaves them owed and a duplicate never adds them again.
   */
  firstDelivery(eventId: string, ttlMs: number, owed?: readonly OwedMail[]): Promise<boolean>;
  /** Removes the subscription state and the customer link (both ways). */
  deleteAll(userId: string): Promise<void>;
}

/**
 * Scheduled account deletions (domain/privacy/retention). An index for the daily job:
 * the job re-checks each account's subscription before deleting, so the index may lag
 * but never deletes an account that should be kept.
 */
export interface RetentionStore {
  /** Sets, or moves, when the account is to be deleted. */
  schedule(userId: string, deleteAt: number): Promise<void>;
  /** Forgets any scheduled deletion of the account. */
  cancel(userId: string): Promise<void>;
  scheduledAt(userId: string): Promise<number | undefined>;
  /** Accounts due at `now` (deletion time at or before it), earliest first, at most `limit`. */
  due(now: number, limit: number): Promise<string[]>;
}

/** A mail an event owes (DESIGN.md: recorded with the event's effects, sent until it goes, at most once). */
export interface OwedMail {
  /** unique and stable (`<event id>:<notice>`): recording it again keeps the one; the mail provider's idempotency key too */
  id: string;
  /** whose it is: sent to that account's address, deleted with the account */
  userId: string;
  /** what to send, as the sender's own JSON; it holds no address (the account's is read when sending) */
  body: string;
  /** when it was recorded, ms; it is due from then */
  createdAt: number;
}

/** An owed mail handed to one sender, hidden from any other until its lease ends. */
export interface ClaimedMail extends OwedMail {
  /** how many times it has been claimed, this claim included; settle and retryAt act only for the latest claim */
  attempt: number;
}

/**
 * Mails owed and not yet sent (the outbox). A mail is claimed before it is sent (a lease),
 * then settled once sent; a failed send makes it due again later. Sent mails are not kept.
 */
export interface MailOutboxStore {
  /** Claims up to `limit` mails due at `now`, earliest first, each until `leaseUntil`. */
  claimDue(now: number, leaseUntil: number, limit: number): Promise<ClaimedMail[]>;
  /** Claims this mail until `leaseUntil` if it is owed and due at `now`. */
  claim(id: string, now: number, leaseUntil: number): Promise<ClaimedMail | undefined>;
  /** Forgets the mail (sent, or given up), unless a later claim holds it. */
  settle(mail: ClaimedMail): Promise<void>;
  /** Makes the mail due again at `at`, unless a later claim holds it. */
  retryAt(mail: ClaimedMail, at: number): Promise<void>;
  /** Forgets every mail owed to the person (account deletion). */
  deleteAllOf(userId: string): Promise<void>;
}

export interface RateLimitRule {
  /** names the counter; part of every key of the rule */
  name: string;
  points: number;
  durationSeconds: number;
}

export interface RateLimitState {
  allowed: boolean;
  remaining: number;
  /** whole seconds until a point is back; 0 when allowed */
  retryAfterSeconds: number;
}

/** Counters of rate-limiter-flexible, kept in the same store as the data. */
export interface RateLimitStore {
  /** Spends one point; not allowed when none was left. */
  consume(rule: RateLimitRule, key: string): Promise<RateLimitState>;
  /** The state without spending. */
  peek(rule: RateLimitRule, key: string): Promise<RateLimitState>;
  /** Gives one point back (an attempt that turned out right). */
  refund(rule: RateLimitRule, key: string): Promise<void>;
  /** Forgets the counter (account deletion removes what is keyed by the person's email). */
  forget(rule: RateLimitRule, key: string): Promise<void>;
}

export interface Store {
  kind: "sqlite" | "redis";
  users: UserStore;
  codes: CodeStore;
  likes: LikeStore;
  popularity: PopularityStore;
  boards: BoardStore;
  billing: BillingStore;
  retention: RetentionStore;
  outbox: MailOutboxStore;
  limits: RateLimitStore;
  /** Throws StoreUnavailableError when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The store cannot be reached or answered too late; the API answers 503, never 500. */
export class StoreUnavailableError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("store_unavailable", message, options);
    this.name = "StoreUnavailableError";
  }
}
