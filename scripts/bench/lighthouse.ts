import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface PageScore {
  performance: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/**
 * The benchmarkIndex of the device Lighthouse's default 4x CPU slowdown aims at: the
 * middle of the high-end desktop bracket (1500-2000) slowed down four times, a mid-tier
 * phone (Lighthouse docs, throttling.md "Calibrating the CPU slowdown").
 */
const TARGET_PHONE_INDEX = 1750 / 4;

/** The slowdown that makes this machine that phone: its benchmarkIndex over the phone's, within 1-10. */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  return Math.min(10, Math.max(1, Math.round((benchmarkIndex / TARGET_PHONE_INDEX) * 10) / 10));
}

/**
 * One Lighthouse run that produced a performance score. A run can fail without throwing
 * (on a loaded machine it now and then ends with no score and NaN metrics); such a run is
 * retried up to twice (with a warning), then reported with Lighthouse's own reason instead of
 * as a score of 0.
 */
async function scoredRun(port: number, url: string, cpuSlowdownMultiplier?: number): Promise<Result> {
  let reason = "no result";
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await lighthouse(
      url,
      { port, output: "json", logLevel: "error", onlyCategories: ["performance"] },
      cpuSlowdownMultiplier === undefined
        ? undefined
        : { extends: "lighthouse:default", settings: { throttling: { cpuSlowdownMultiplier } } },
    );
    const lhr = result?.lhr;
    if (lhr && typeof lhr.categories.performance?.score === "number") return lhr;
    reason =
      lhr?.runtimeError?.message ??
      lhr?.audits["largest-contentful-paint"]?.errorMessage ??
      lhr?.audits["total-blocking-time"]?.errorMessage ??
      "no performance score";
    // said out loud: a retried run is not silently dropped from the record
    console.warn(`lighthouse: run ${attempt + 1} on ${url} gave no score (${reason}), running it again`);
  }
  throw new Error(`lighthouse could not score ${url} in 3 runs: ${reason}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export interface LighthouseFigures {
  benchmarkIndex: number;
  cpuSlowdown: number;
  pages: Record<string, PageScore>;
}

/**
 * Lighthouse's mobile preset on each page in Debian's headless Chromium, `runs` times each,
 * the median of each metric; the CPU slowdown is calibrated from this machine's
 * benchmarkIndex, measured by a first run, so a score stands for the same phone anywhere.
 */
export async function lighthousePages(urls: Record<string, string>, runs = 3): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  const pages: Record<string, PageScore> = {};
  try {
    const first = Object.values(urls)[0] as string;
    const benchmarkIndex = Math.round((await scoredRun(chrome.port, first)).environment.benchmarkIndex);
    const cpuSlowdown = cpuSlowdownFor(benchmarkIndex);
    for (const [name, url] of Object.entries(urls)) {
      const scores: PageScore[] = [];
      for (let run = 0; run < runs; run++) {
        const lhr = await scoredRun(chrome.port, url, cpuSlowdown);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        scores.push({
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          lcpMs: Math.round(audit("largest-contentful-paint")),
          cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
          tbtMs: Math.round(audit("total-blocking-time")),
        });
      }
      pages[name] = {
        performance: median(scores.map((s) => s.performance)),
        lcpMs: median(scores.map((s) => s.lcpMs)),
        cls: median(scores.map((s) => s.cls)),
        tbtMs: median(scores.map((s) => s.tbtMs)),
      };
    }
    return { benchmarkIndex, cpuSlowdown, pages };
  } finally {
    chrome.kill();
  }
}
