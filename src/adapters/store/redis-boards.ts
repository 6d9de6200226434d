import type { BoardEntry } from "@/domain/boards/boards";
import type { BoardStore } from "./port";

/** What the board store needs of the Redis store: its merge script, its key and its error guard. */
export interface RedisBoardsDeps {
  mergeBoards: (key: string, ...args: string[]) => Promise<unknown>;
  readAll: (key: string) => Promise<Record<string, string>>;
  remove: (key: string) => Promise<unknown>;
  keyOf: (userId: string) => string;
  guard: <T>(work: () => Promise<T>) => Promise<T>;
}

/** Each person's boards in one hash (`<key>` → `<at>|<value>`), merged by MERGE_BOARDS. */
export function redisBoardStore(deps: RedisBoardsDeps): BoardStore {
  const entriesFrom = (pairs: [string, string][]): BoardEntry[] =>
    pairs.map(([key, stored]) => {
      const sep = stored.indexOf("|");
      return { key, at: Number(stored.slice(0, sep)), value: stored.slice(sep + 1) };
    });
  const triples = (entries: readonly BoardEntry[]) => entries.flatMap((e) => [e.key, String(e.at), e.value]);
  return {
    get: (userId) =>
      deps.guard(async () => entriesFrom(Object.entries(await deps.readAll(deps.keyOf(userId))))),
    apply: (userId, entries, forget) =>
      deps.guard(async () => {
        const flat = (await deps.mergeBoards(
          deps.keyOf(userId),
          String(entries.length),
          ...triples(entries),
          ...triples(forget),
        )) as string[];
        const pairs: [string, string][] = [];
        for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i] as string, flat[i + 1] as string]);
        return entriesFrom(pairs);
      }),
    deleteAll: (userId) =>
      deps.guard(async () => {
        await deps.remove(deps.keyOf(userId));
      }),
  };
}
