import "server-only";
import type { BoardsContext } from "@/services/boards/apply-board-ops";
import { getCatalog } from "./catalog";
import { getStore } from "./store";

export function boardsContext(): BoardsContext {
  return { store: getStore(), catalog: getCatalog(), clock: { now: () => Date.now() } };
}
