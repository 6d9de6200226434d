import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";

/** A redis-server of one test's own, which it may kill and start again. */
export interface OwnRedis {
  port: number;
  url: string;
  /** Starts the server (again) and resolves once it answers PING. */
  start(): Promise<void>;
  /** SIGKILLs the server, as a crash would, and resolves once it has exited. */
  kill(): Promise<void>;
}

/**
 * For tests that take Redis down: the shared one on 6379 must stay up. It listens on a free port
 * and writes every command to its append-only file before answering, so a killed and restarted
 * server still has what it acknowledged.
 */
export async function ownRedis(): Promise<OwnRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), "mjpro-own-redis-"));
  const port = await freePort();
  let server: ChildProcess | undefined;

  const start = async () => {
    const spawned = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir].concat([
        "--appendonly",
        "yes",
        "--appendfsync",
        "always",
        "--save",
        "",
      ]),
      { stdio: "ignore" },
    );
    server = spawned;
    const probe = new Redis(port, "127.0.0.1", {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on("error", () => undefined);
    try {
      for (let tries = 0; tries < 100; tries++) {
        if (!isRunning(spawned)) throw new Error(`redis-server exited at start (port ${port} taken?)`);
        try {
          await probe.connect();
          // the server that answers is the one started here, not another on a port taken meanwhile
          const info = await probe.info("server");
          if (!info.includes(`process_id:${spawned.pid}\r\n`))
            throw new Error(`another server answers on ${port}`);
          return;
        } catch (error) {
          if ((error as Error).message.startsWith("another server")) throw error;
          probe.disconnect();
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      throw new Error(`redis-server did not start on port ${port}`);
    } finally {
      probe.disconnect();
    }
  };

  const kill = (): Promise<void> => {
    const running = server;
    server = undefined;
    if (!running || !isRunning(running)) return Promise.resolve();
    return new Promise((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGKILL");
    });
  };

  return { port, url: `redis://127.0.0.1:${port}`, start, kill };
}

/** Not yet exited: a process killed by a signal has a signalCode and no exitCode. */
function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
