import { gzipSync } from "node:zlib";

/** The JS a page loads (gzip, KB): every script it names, fetched and compressed as a CDN would. */
export async function pageJsKb(origin: string, pathname: string): Promise<number> {
  const html = await (await fetch(`${origin}${pathname}`)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
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
