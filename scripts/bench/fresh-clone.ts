/**
 * A newcomer's two commands, timed from a fresh clone of the committed HEAD
 * (docs/benchmarks.md, issue 20):
 *
 * - `npm ci && npm start` until GET / answers 200 and every image it shows is served;
 * - with --tests, `npm ci && npm test` in a second fresh clone, as CI runs it.
 *
 * Prints each command's output with the time since it started, then the figures; writes
 * bench/fresh-clone-results.json; with --check exits non-zero when a figure misses its budget
 * in bench/fresh-clone-budgets.json. Not part of `npm test`: it takes several minutes.
 *
 *   npm run bench:fresh [-- --check] [-- --tests] [-- --port 3400] [-- --e2e-port 3500]
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeAtomic } from "../../src/adapters/files/write-atomic";
import { checkBudgets, type Figures } from "./budgets";
import { cpuTicks, stolenPercent } from "./fresh/cpu-steal";
import {
  compileLines,
  longestSilenceMs,
  pageImageUrls,
  phaseSeconds,
  secretsIn,
  type TimedLine,
} from "./fresh/output";

const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number) => Math.round(value * 10) / 10;

interface Running {
  child: ChildProcess;
  lines: TimedLine[];
  startedAt: number;
  done: Promise<number>;
}

/** Runs `command` in `cwd` in its own process group, echoing and timing every line it prints. */
function run(command: string, cwd: string, env: Record<string, string>, label: string): Running {
  const startedAt = Date.now();
  const lines: TimedLine[] = [];
  const child = spawn("bash", ["-c", command], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let pending = "";
  const take = (chunk: Buffer) => {
    const parts = (pending + chunk.toString("utf8")).split("\n");
    pending = parts.pop() ?? "";
    for (const text of parts) {
      const at = Date.now() - startedAt;
      lines.push({ at, text });
      console.log(`[${label} ${(at / 1000).toFixed(1).padStart(6)} s] ${text}`);
    }
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  const done = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  return { child, lines, startedAt, done };
}

/** Every process whose working directory is inside `dir`: what a run there left behind. */
function processesIn(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`).startsWith(dir)) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

function stopEverythingIn(dir: string): void {
  for (const pid of processesIn(dir)) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

function freshClone(label: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `mjpro-fresh-${label}-`));
  git(
    "clone",
    "--quiet",
    "--no-hardlinks",
    git("rev-parse", "--path-format=absolute", "--git-common-dir"),
    dir,
  );
  git("-C", dir, "checkout", "--quiet", git("rev-parse", "HEAD"));
  return dir;
}

/** Node-gyp build folders an install left: each is a native module compiled on this machine. */
function compiledModules(dir: string): number {
  const found = execFileSync("find", ["node_modules", "-path", "*/build/config.gypi"], {
    cwd: dir,
    encoding: "utf8",
  });
  return found.split("\n").filter(Boolean).length;
}

async function install(dir: string, label: string, figures: Figures, prefix: string): Promise<void> {
  // foreground scripts: an install script's output (a compiler's, say) shows in the log
  const npmCi = run("npm ci --foreground-scripts --no-audit --no-fund", dir, {}, `${label} ci`);
  const code = await npmCi.done;
  if (code !== 0) throw new Error(`npm ci failed in ${dir}`);
  figures[`${prefix}.installSeconds`] = round((Date.now() - npmCi.startedAt) / 1000);
  figures[`${prefix}.compileLines`] = compileLines(npmCi.lines.map((l) => l.text).join("\n")).length;
  figures[`${prefix}.compiledModules`] = compiledModules(dir);
}

/** Polls until GET / answers 200 and every image it shows answers 200 with an image; ms since `from`. */
async function homeWithImages(base: string, from: number, deadline: number) {
  let homeMs: number | undefined;
  while (Date.now() < deadline) {
    try {
      const home = await fetch(`${base}/`);
      if (home.ok) {
        homeMs ??= Date.now() - from;
        const urls = pageImageUrls(await home.text());
        const answers = await Promise.all(
          urls.map((url) =>
            fetch(`${base}${url}`, { headers: { accept: "image/avif,image/webp,image/*,*/*;q=0.8" } }).then(
              async (r) => {
                await r.arrayBuffer();
                return r.ok && (r.headers.get("content-type") ?? "").startsWith("image/");
              },
            ),
          ),
        );
        if (urls.length > 0 && answers.every(Boolean))
          return { homeMs, withImagesMs: Date.now() - from, images: urls.length };
      }
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error("the home page with its images was not served in time");
}

async function firstStart(port: number, figures: Figures): Promise<void> {
  const dir = freshClone("start");
  try {
    await install(dir, "start", figures, "start");
    const start = run("npm start", dir, { PORT: String(port) }, "start");
    const served = await homeWithImages(
      `http://127.0.0.1:${port}`,
      start.startedAt,
      Date.now() + 10 * 60_000,
    );
    figures["start.homeSeconds"] = round(served.homeMs / 1000);
    figures["start.homeWithImagesSeconds"] = round(served.withImagesMs / 1000);
    figures["start.homeImages"] = served.images;
    figures["firstStart.seconds"] = round(
      (figures["start.installSeconds"] as number) + served.withImagesMs / 1000,
    );
    figures["start.longestSilenceSeconds"] = round(
      longestSilenceMs(
        start.lines.filter((l) => l.at <= served.withImagesMs),
        served.withImagesMs,
      ) / 1000,
    );
    figures["start.buildSeconds"] = phaseSeconds(start.lines, /^build: done in/) ?? Number.NaN;
    // the images go on in the background; their last line says how long all of them took
    const deadline = Date.now() + 10 * 60_000;
    while (Date.now() < deadline && !start.lines.some((l) => /^images: rendered \d+ of/.test(l.text)))
      await sleep(500);
    const last = start.lines.find((l) => /^images: rendered \d+ of/.test(l.text));
    figures["start.allImagesSeconds"] = last ? round(last.at / 1000) : Number.NaN;
  } finally {
    stopEverythingIn(dir);
    await sleep(1000);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function testSuite(e2ePort: number, figures: Figures): Promise<void> {
  const dir = freshClone("test");
  try {
    await install(dir, "test", figures, "test");
    // as CI runs it (.ci/run): Playwright starts its own servers instead of reusing any
    const tests = run("npm test", dir, { CI: "1", E2E_PORT: String(e2ePort) }, "test");
    const code = await tests.done;
    figures["test.seconds"] = round((Date.now() - tests.startedAt) / 1000);
    figures["test.failed"] = code === 0 ? 0 : 1;
    figures["test.secretsPrinted"] = secretsIn(tests.lines.map((l) => l.text).join("\n")).length;
  } finally {
    stopEverythingIn(dir);
    await sleep(1000);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      tests: { type: "boolean", default: false },
      port: { type: "string", default: "3400" },
      "e2e-port": { type: "string", default: "3500" },
    },
  });
  if (git("status", "--porcelain", "--untracked-files=no")) {
    console.warn("bench: uncommitted changes are not measured: the clones are of HEAD");
  }
  const figures: Figures = {};
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const ticksBefore = cpuTicks();
  await firstStart(Number(values.port), figures);
  if (values.tests) await testSuite(Number(values["e2e-port"]), figures);
  const results = {
    measuredAt: new Date().toISOString(),
    commit: git("rev-parse", "--short", "HEAD"),
    node: process.version,
    load: { before: round(loadBefore), after: round(loadavg()[0] ?? Number.NaN) },
    cpuStolenPercent: stolenPercent(ticksBefore, cpuTicks()) ?? null,
    figures,
  };
  await writeAtomic(path.resolve("bench/fresh-clone-results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.table(Object.entries(figures).map(([figure, value]) => ({ figure, value })));
  console.log(`load average (1 min): ${results.load.before} before, ${results.load.after} after`);
  console.log(`CPU taken by the host for others meanwhile: ${results.cpuStolenPercent ?? "unknown"} %`);
  if (!values.check) return 0;
  const budgets = JSON.parse(readFileSync("bench/fresh-clone-budgets.json", "utf8"));
  const measured = values.tests
    ? budgets
    : Object.fromEntries(Object.entries(budgets).filter(([name]) => !name.startsWith("test.")));
  const misses = checkBudgets(figures, measured);
  for (const miss of misses) console.error(`budget missed: ${miss}`);
  return misses.length === 0 ? 0 : 1;
}

process.exitCode = await main();
