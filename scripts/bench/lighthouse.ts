import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface PageScore {
  performance: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
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
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`lighthouse gave no result for ${url}`);
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
