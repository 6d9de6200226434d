import "server-only";
import type { LikesContext } from "@/services/likes/sync-likes";
import { getCatalog } from "./catalog";
import { getStore } from "./store";

export function likesContext(): LikesContext {
  return { store: getStore(), catalog: getCatalog(), clock: { now: () => Date.now() } };
}
