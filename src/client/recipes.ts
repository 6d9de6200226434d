"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { Recipe } from "@/domain/catalog/recipe";
import { api } from "./api";
import { useHydrated, useToken } from "./session";

/**
 * What a card or a style page may show of a recipe:
 * - `unknown`: before hydration, when only CSS knows whether someone is signed in;
 * - `pending`: a member's browser is asking for the recipes it may see;
 * - `locked` / `shown`: decided;
 * - `public`: a free style, whose recipe the page itself carries.
 */
export type RecipeAccess =
  | { state: "public" }
  | { state: "unknown" }
  | { state: "pending" }
  | { state: "locked" }
  | { state: "shown"; recipe: Recipe };

/** At most this many ids per request (GET /api/recipes refuses more). */
const IDS_PER_REQUEST = 100;

/**
 * The answers for this page, by style id: the recipe, or null when this member may not
 * see it. Held in memory for one token only, so a sign-out or another account starts over.
 */
let answers = new Map<string, Recipe | null>();
let answersToken: string | null = null;
const asked = new Set<string>();
let waiting = new Set<string>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function forOneToken(token: string) {
  if (answersToken === token) return;
  answersToken = token;
  answers = new Map();
  asked.clear();
  waiting = new Set();
}

/** After a failed request (offline, a store outage), it is asked again this much later, then no more. */
const RETRY_DELAYS_MS = [1000, 3000, 9000];

async function askFor(ids: string[], token: string, attempt = 0) {
  const result = await api<{ plan: "free" | "pro"; recipes: Record<string, Recipe> }>(
    `/api/recipes?ids=${ids.join(",")}`,
    { auth: true },
  );
  if (answersToken !== token) return;
  if (result.ok) {
    for (const id of ids) answers.set(id, result.data.recipes[id] ?? null);
    notify();
    return;
  }
  // a dead token is forgotten by api(), and cards then show a visitor's lock; otherwise the
  // plan is still unknown, so the placeholder stays (a lock would be a lie to a Pro member)
  const delay = RETRY_DELAYS_MS[attempt];
  if (result.status !== 401 && delay !== undefined)
    setTimeout(() => void askFor(ids, token, attempt + 1), delay);
}

/** Every card that mounts in one render asks together: one request per page of cards. */
function want(styleId: string, token: string) {
  forOneToken(token);
  if (answers.has(styleId) || asked.has(styleId)) return;
  asked.add(styleId);
  waiting.add(styleId);
  clearTimeout(flushTimer);
  flushTimer = setTimeout(() => {
    const ids = [...waiting];
    waiting = new Set();
    for (let start = 0; start < ids.length; start += IDS_PER_REQUEST)
      void askFor(ids.slice(start, start + IDS_PER_REQUEST), token);
  }, 0);
}

/** The recipe of one style as this browser may show it; a style whose recipe the page carries is `public`. */
export function useRecipeAccess(styleId: string, pageHasRecipe: boolean): RecipeAccess {
  const hydrated = useHydrated();
  const token = useToken();
  const answer = useSyncExternalStore(
    subscribe,
    () => (token && answersToken === token ? answers.get(styleId) : undefined),
    () => undefined,
  );
  useEffect(() => {
    if (token && !pageHasRecipe) want(styleId, token);
  }, [styleId, token, pageHasRecipe]);

  if (pageHasRecipe) return { state: "public" };
  if (!hydrated) return { state: "unknown" };
  if (!token) return { state: "locked" };
  if (answer === undefined) return { state: "pending" };
  return answer ? { state: "shown", recipe: answer } : { state: "locked" };
}
