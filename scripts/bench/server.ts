import { type ChildProcess, spawn } from "node:child_process";
import { treeCpuMs, treeRssMb } from "./cpu";

export interface BenchServer {
  url: string;
  pid: number;
  /** resident memory of the server and its child processes, MB */
  rssMb(): number;
  /** CPU time the server and its child processes have used so far, ms */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * The server's V8 memory settings, the same as `npm start` (package.json): young
 * generation semi-spaces of 4 MB and a 256 MB old generation. V8's defaults on a large
 * machine let the heap grow far past what is live, garbage waiting for a collection; these
 * keep resident memory within its budget (docs/benchmarks.md has the figures). Raise the
 * old generation for much larger catalogs.
 */
export const SERVER_NODE_OPTIONS = "--max-semi-space-size=4 --max-old-space-size=256";

/** Starts the built app as `npm start` does (`next start`) with the given settings and waits for /api/health. */
export async function startServer(
  port: number,
  env: Record<string, string>,
  app: { dir?: string; healthPath?: string } = {},
): Promise<BenchServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // BENCH_CPU_PROF_DIR=dir writes a V8 CPU profile of each server there (NODE_OPTIONS refuses --cpu-prof)
      ...(process.env.BENCH_CPU_PROF_DIR
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
        : []),
      "node_modules/next/dist/bin/next",
      "start",
      ...(app.dir ? [app.dir] : []),
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        NODE_OPTIONS: SERVER_NODE_OPTIONS,
        ...env,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}${app.healthPath ?? "/api/health"}`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the app did not start on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = child.pid as number;
  return {
    url,
    pid,
    rssMb: () => treeRssMb(pid),
    cpuMs: () => treeCpuMs(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
