import "server-only";
import path from "node:path";
import type { Store } from "@/adapters/store/port";
import { redisStore } from "@/adapters/store/redis";
import { sqliteStore } from "@/adapters/store/sqlite";
import { getEnv, resolveFromCwd } from "./env";
import { processWide } from "./process-wide";

/** Redis when REDIS_URL is set, else the SQLite file DATA_DIR/mjpro.db; one per process. */
export function getStore(): Store {
  return processWide("store", () => {
    const env = getEnv();
    return env.REDIS_URL
      ? redisStore({ url: env.REDIS_URL })
      : sqliteStore({ file: path.join(resolveFromCwd(env.DATA_DIR), "mjpro.db") });
  });
}
