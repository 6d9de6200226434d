"use client";

import { type LikeEntry, type LikeOp, mergeStates, stateOf } from "@/domain/likes/merge";
import { api } from "./api";
import { localStore } from "./local-store";
import { readToken } from "./session";

/**
 * Likes live in this browser first (no account needed). Once signed in, every change
 * also goes into a queue that survives reloads and is sent to the server; what the
 * server answers is merged back, so every device converges (domain/likes/merge).
 */
const LIKES_KEY = "mjpro.likes";
const QUEUE_KEY = "mjpro.likesQueue";
const MAX_BATCH = 500;

type Stored = Record<string, [0 | 1, number]>;

/** also the server snapshot: a browser with no likes matches it, so hydration needs no second render */
const EMPTY: ReadonlyMap<string, LikeEntry> = new Map();

const likesStore = localStore<ReadonlyMap<string, LikeEntry>>(
  LIKES_KEY,
  (stored) => {
    const entries = Object.entries(JSON.parse(stored ?? "{}") as Stored);
    return entries.length
      ? new Map(entries.map(([id, [liked, at]]) => [id, { liked: liked === 1, at }]))
      : EMPTY;
  },
  EMPTY,
);

const readState = likesStore.read;

function writeState(state: ReadonlyMap<string, LikeEntry>) {
  const stored: Stored = {};
  for (const [id, entry] of state) stored[id] = [entry.liked ? 1 : 0, entry.at];
  likesStore.write(JSON.stringify(stored));
}

function readQueue(): LikeOp[] {
  try {
    return JSON.parse(localStorage.getItem(QUEUE_KEY) ?? "[]") as LikeOp[];
  } catch {
    return [];
  }
}

function writeQueue(queue: LikeOp[]) {
  if (queue.length === 0) localStorage.removeItem(QUEUE_KEY);
  else localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
}

/** The likes of this browser; empty on the server and during hydration. */
export function useLikes(): ReadonlyMap<string, LikeEntry> {
  return likesStore.use();
}

export function isLiked(state: ReadonlyMap<string, LikeEntry>, imageId: string): boolean {
  return state.get(imageId)?.liked === true;
}

/** Likes or unlikes at once in this browser, then (when signed in) queues it for the server. */
export function setLiked(imageId: string, liked: boolean): void {
  const op: LikeOp = { imageId, liked, at: Date.now() };
  writeState(mergeStates(readState(), stateOf([op])));
  if (readToken()) {
    writeQueue([...readQueue(), op]);
    void flushLikes();
  }
}

/** After sign-in: everything liked (or unliked) here goes to the account. */
export function queueAllLocalLikes(): void {
  const ops = [...readState()].map(([imageId, entry]) => ({ imageId, ...entry }));
  writeQueue([...readQueue(), ...ops]);
}

let flushing: Promise<void> | undefined;

/**
 * Sends the queue and merges the server's answer. A batch leaves the queue only once
 * the server has it; offline, a store outage (503) or a rejected token keep it for later.
 */
export function flushLikes(): Promise<void> {
  flushing ??= (async () => {
    try {
      for (let token = readToken(); token; token = readToken()) {
        const queue = readQueue();
        const batch = queue.slice(0, MAX_BATCH);
        const result = batch.length
          ? await api<{ entries: LikeOp[] }>("/api/likes/sync", {
              method: "POST",
              body: { ops: batch },
              auth: true,
            })
          : await api<{ entries: LikeOp[] }>("/api/likes", { auth: true });
        // signed out (or in as someone else) meanwhile: this answer belongs to nobody here now,
        // and writing it would put back what signing out removed
        if (readToken() !== token) return;
        if (!result.ok) {
          // a batch the server refuses as malformed would block the queue forever
          if (result.status === 400) writeQueue(readQueue().slice(batch.length));
          return;
        }
        writeQueue(readQueue().slice(batch.length));
        // likes the server left out (images it does not know) stay here: during a deploy an
        // instance may not know a new image yet, and the Liked page skips unknown ones anyway
        writeState(mergeStates(readState(), stateOf(result.data.entries)));
        // the answer holds the whole merged set, so once the queue is empty we are in step
        if (readQueue().length === 0) return;
      }
    } finally {
      flushing = undefined;
    }
  })();
  return flushing;
}
