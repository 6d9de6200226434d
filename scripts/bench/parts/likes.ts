import path from "node:path";
import type { Figures } from "../budgets";
import { load } from "../load";
import { startServer } from "../server";
import { apiFloor, expectClean, ratio, record } from "./floor";
import { signIn } from "./sign-in";

/**
 * POST /api/likes/sync, what the UI sends, against Redis: with 1 op and with 20, each as
 * CPU per request next to the framework's floor on the same server.
 */
export async function likesFigures(seconds: number): Promise<Figures> {
  const dataDir = "tmp/bench/likes-data";
  const server = await startServer(3412, {
    REDIS_URL: process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379",
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0000",
    DATA_DIR: dataDir,
    SIGN_IN_CODES_IN_LOG: "no",
  });
  const figures: Figures = {};
  try {
    const token = await signIn(server.url, path.join(dataDir, "outbox"));
    const styles = (await (await fetch(`${server.url}/api/styles?limit=20`)).json()).items as {
      images: { id: string }[];
    }[];
    const imageIds = styles.map((s) => s.images[0]?.id as string);
    const floor = await apiFloor(server, seconds);
    record(figures, "likes.floor", floor);
    for (const count of [1, 20]) {
      const at = Date.now();
      const ops = imageIds.slice(0, count).map((imageId, i) => ({ imageId, liked: i % 2 === 0, at }));
      const result = expectClean(
        `likes sync ${count}`,
        await load(`${server.url}/api/likes/sync`, {
          connections: 10,
          seconds,
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ ops }),
          serverCpuMs: server.cpuMs,
        }),
      );
      record(figures, `likes.sync${count}`, result);
      figures[`likes.sync${count}.cpuRatio`] = ratio(result.cpuMsPerRequest, floor.cpuMsPerRequest);
    }
  } finally {
    await server.stop();
  }
  return figures;
}
