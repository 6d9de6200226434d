import type { Figures } from "../budgets";
import { averageThumbnailKb, pageJsKb } from "../bytes";
import { frameworkFloorKb } from "../framework-floor";
import { lighthousePages } from "../lighthouse";
import { load } from "../load";
import { startServer } from "../server";
import { expectClean, ratio, record } from "./floor";

/** The pages people wait for, on the demo catalog, with /terms as the trivial page beside them. */
async function pagesOf(url: string): Promise<Record<string, string>> {
  const style = (await (await fetch(`${url}/api/styles?tier=pro&limit=1`)).json()).items[0].slug as string;
  return { home: "/", style: `/styles/${style}`, liked: "/liked", search: "/search?q=noir" };
}

/** Server CPU per page view under load, next to the trivial page's. */
export async function pageCpuFigures(seconds: number): Promise<Figures> {
  const server = await startServer(3413, { DATA_DIR: "tmp/bench/html-data" });
  const figures: Figures = {};
  try {
    const trivial = expectClean(
      "trivial page",
      await load(`${server.url}/terms`, { connections: 10, seconds, serverCpuMs: server.cpuMs }),
    );
    record(figures, "pages.trivial", trivial);
    for (const [name, pathname] of Object.entries(await pagesOf(server.url))) {
      const result = expectClean(
        name,
        await load(`${server.url}${pathname}`, { connections: 10, seconds, serverCpuMs: server.cpuMs }),
      );
      record(figures, `pages.${name}`, result);
      figures[`pages.${name}.cpuRatio`] = ratio(result.cpuMsPerRequest, trivial.cpuMsPerRequest);
      figures[`pages.${name}.htmlKb`] =
        Math.round(Buffer.byteLength(await (await fetch(`${server.url}${pathname}`)).text()) / 102.4) / 10;
    }
  } finally {
    await server.stop();
  }
  return figures;
}

/** In a browser: Lighthouse mobile (calibrated, median of 3), JS per page above the framework's floor, thumbnails. */
export async function browserFigures(): Promise<Figures> {
  const figures: Figures = {};
  const floorKb = await frameworkFloorKb(3415);
  figures["js.frameworkFloorKbGz"] = floorKb;
  const server = await startServer(3414, { DATA_DIR: "tmp/bench/pages-data" });
  try {
    const pages = await pagesOf(server.url);
    for (const [name, pathname] of Object.entries(pages)) {
      const total = await pageJsKb(server.url, pathname);
      figures[`js.${name}.totalKbGz`] = total;
      figures[`js.${name}.oursKbGz`] = Math.round((total - floorKb) * 10) / 10;
    }
    figures["bytes.thumbnailKb"] = await averageThumbnailKb(server.url, "/");
    const lighthouse = await lighthousePages(
      Object.fromEntries(Object.entries(pages).map(([name, pathname]) => [name, `${server.url}${pathname}`])),
    );
    figures["lighthouse.benchmarkIndex"] = lighthouse.benchmarkIndex;
    figures["lighthouse.cpuSlowdown"] = lighthouse.cpuSlowdown;
    for (const [name, score] of Object.entries(lighthouse.pages)) {
      figures[`lighthouse.${name}.performance`] = score.performance;
      figures[`lighthouse.${name}.lcpMs`] = score.lcpMs;
      figures[`lighthouse.${name}.cls`] = score.cls;
      figures[`lighthouse.${name}.tbtMs`] = score.tbtMs;
    }
  } finally {
    await server.stop();
  }
  return figures;
}
