"use client";

import { useSyncExternalStore } from "react";
import {
  type Board,
  type BoardEntry,
  type BoardOp,
  boardsOf,
  entryOf,
  fitBoardName,
  mergeEntries,
} from "@/domain/boards/boards";
import { api } from "./api";
import { localStore } from "./local-store";
import { readToken } from "./session";

/**
 * Boards live in this browser first (no account needed), exactly like likes
 * (src/client/likes.ts): once signed in, every action also goes into a queue that
 * survives reloads and is sent to the server; the server's entries are merged back, so
 * every device converges (domain/boards/boards).
 */
const BOARDS_KEY = "mjpro.boards";
const QUEUE_KEY = "mjpro.boardsQueue";
const MAX_BATCH = 500;

type Stored = Record<string, [string, number]>;

const NO_ENTRIES: ReadonlyMap<string, BoardEntry> = new Map();
const EMPTY: readonly Board[] = [];

const entriesStore = localStore<ReadonlyMap<string, BoardEntry>>(
  BOARDS_KEY,
  (stored) =>
    new Map(
      Object.entries(JSON.parse(stored ?? "{}") as Stored).map(([key, [value, at]]) => [
        key,
        { key, value, at },
      ]),
    ),
  NO_ENTRIES,
);

let derived: { entries: ReadonlyMap<string, BoardEntry>; boards: readonly Board[] } | undefined;

/** The boards of the stored entries, worked out once per change. */
function readBoards(): readonly Board[] {
  const entries = entriesStore.read();
  if (derived?.entries !== entries) {
    const boards = boardsOf(entries.values());
    derived = { entries, boards: boards.length > 0 ? boards : EMPTY };
  }
  return derived.boards;
}

function readEntries(): ReadonlyMap<string, BoardEntry> {
  return entriesStore.read();
}

function writeEntries(next: ReadonlyMap<string, BoardEntry>) {
  const stored: Stored = {};
  for (const [key, entry] of next) stored[key] = [entry.value, entry.at];
  entriesStore.write(JSON.stringify(stored));
}

function readQueue(): BoardOp[] {
  try {
    return JSON.parse(localStorage.getItem(QUEUE_KEY) ?? "[]") as BoardOp[];
  } catch {
    return [];
  }
}

function writeQueue(queue: BoardOp[]) {
  if (queue.length === 0) localStorage.removeItem(QUEUE_KEY);
  else localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
}

/** This browser's boards, most recently changed first; empty on the server and during hydration. */
export function useBoards(): readonly Board[] {
  return useSyncExternalStore(entriesStore.subscribe, readBoards, () => EMPTY);
}

function act(op: BoardOp) {
  writeEntries(mergeEntries(readEntries().values(), [entryOf(op)]));
  if (readToken()) {
    writeQueue([...readQueue(), op]);
    void flushBoards();
  }
}

/** A board id made here: the server takes ids made by browsers, so boards work signed out. */
function newBoardId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `brd_${[...bytes].map((byte) => (byte % 36).toString(36)).join("")}`;
}

export function createBoard(name: string): string {
  const boardId = newBoardId();
  act({ op: "name", boardId, name: fitBoardName(name), at: Date.now() });
  return boardId;
}

export function renameBoard(boardId: string, name: string): void {
  act({ op: "name", boardId, name: fitBoardName(name), at: Date.now() });
}

export function deleteBoard(boardId: string): void {
  act({ op: "delete", boardId, at: Date.now() });
}

export function setOnBoard(boardId: string, imageId: string, on: boolean): void {
  act({ op: on ? "add" : "remove", boardId, imageId, at: Date.now() });
}

/** After sign-in: every board made here goes to the account. */
export function queueAllLocalBoards(): void {
  const ops: BoardOp[] = [];
  for (const { key, value, at } of readEntries().values()) {
    const [kind, boardId = "", imageId = ""] = key.split(":");
    if (kind === "n") ops.push({ op: "name", boardId, name: value, at });
    else if (kind === "d") ops.push({ op: "delete", boardId, at });
    else ops.push({ op: value === "1" ? "add" : "remove", boardId, imageId, at });
  }
  writeQueue([...readQueue(), ...ops]);
}

let flushing: Promise<void> | undefined;

/** Sends the queue and merges the server's entries, as flushLikes does. */
export function flushBoards(): Promise<void> {
  flushing ??= (async () => {
    try {
      for (let token = readToken(); token; token = readToken()) {
        const batch = readQueue().slice(0, MAX_BATCH);
        const result = await api<{ entries: BoardEntry[] }>("/api/boards/sync", {
          method: "POST",
          body: { ops: batch },
          auth: true,
        });
        if (readToken() !== token) return;
        if (!result.ok) {
          // a batch refused as malformed or past a limit would block the queue forever
          if (result.status === 400 || result.status === 409) writeQueue(readQueue().slice(batch.length));
          return;
        }
        writeQueue(readQueue().slice(batch.length));
        writeEntries(mergeEntries(readEntries().values(), result.data.entries));
        if (readQueue().length === 0) return;
      }
    } finally {
      flushing = undefined;
    }
  })();
  return flushing;
}
