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
 * One Lighthouse run that produced a performance score. A run can fail without throwing
 * (on a loaded machine it now and then ends with no score and NaN metrics); such a run is
 * retried up to twice (with a warning), then reported with Lighthouse's own reason instead of
 * as a score of 0.
 */
async function scoredRun(port: number, url: string): Promise<Result> {
  let reason = "no result";
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
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

/** Lighthouse's mobile preset (its default config) on each page, in Debian's headless Chromium. */
export async function lighthousePages(urls: Record<string, string>): Promise<Record<string, PageScore>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  const scores: Record<string, PageScore> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const lhr = await scoredRun(chrome.port, url);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      scores[name] = {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcpMs: Math.round(audit("largest-contentful-paint")),
        cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
        tbtMs: Math.round(audit("total-blocking-time")),
      };
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
