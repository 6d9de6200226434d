import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

/** The JavaScript files a page loads, gzip KB each (by path), plus their total. */
export interface PageJs {
  totalKbGz: number;
  files: Record<string, number>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * The JS a page loads in a real browser (gzip, KB): every script Chromium requests while
 * the page loads and settles, on a phone-sized viewport, each compressed as a CDN would.
 *
 * Counted from the browser's own requests, not from the HTML: the `<script src>` tags
 * miss the client-component chunks the React runtime fetches from the inline flight data
 * (`self.__next_f.push`), and include Next's `noModule` polyfills, which a browser that
 * runs modules never downloads.
 */
export async function pageJs(origin: string, pathname: string): Promise<PageJs> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  const urls = new Set<string>();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    page.on("request", (request) => {
      if (request.resourceType() === "script") urls.add(request.url());
    });
    await page.goto(`${origin}${pathname}`, { waitUntil: "networkidle" });
  } finally {
    await browser.close();
  }
  const files: Record<string, number> = {};
  let bytes = 0;
  for (const url of [...urls].sort()) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    const gz = gzipSync(body, { level: 9 }).length;
    files[new URL(url).pathname] = kb(gz);
    bytes += gz;
  }
  return { totalKbGz: kb(bytes), files };
}

/** The total of `pageJs`, the figure the budget checks. */
export async function pageJsKb(origin: string, pathname: string): Promise<number> {
  return (await pageJs(origin, pathname)).totalKbGz;
}

/** The average size (KB) of the grid thumbnails on a page, as a 390 px phone at 2x picks them (the 384 w rendition). */
export async function averageThumbnailKb(origin: string, pathname: string): Promise<number> {
  const html = await (await fetch(`${origin}${pathname}`)).text();
  const sets = [...html.matchAll(/srcSet="([^"]+)"/gi)].map((m) => m[1] as string).slice(0, 12);
  const sizes: number[] = [];
  for (const set of sets) {
    const candidate = set
      .split(", ")
      .map((entry) => entry.split(" "))
      .find(([, width]) => width === "384w")?.[0];
    if (!candidate) continue;
    const response = await fetch(new URL(candidate.replaceAll("&amp;", "&"), origin), {
      headers: { accept: "image/avif,image/webp,*/*" },
    });
    sizes.push((await response.arrayBuffer()).byteLength);
  }
  if (sizes.length === 0) return Number.NaN;
  return Math.round((sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024) * 10) / 10;
}
