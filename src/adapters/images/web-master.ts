import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { MAX_WEB_EDGE } from "./port";

const inFlight = new Map<string, Promise<Buffer | undefined>>();

/**
 * The largest web-size rendition of a local original: what the local adapter lets
 * Next's optimizer (and so any browser) read. Originals stay private to Pro downloads.
 * Renditions are cached on disk, keyed by the original's name, size and time, so a
 * regenerated original is never served stale. Concurrent requests share one render.
 */
export function readWebMaster(
  originalsDir: string,
  cacheDir: string,
  file: string,
): Promise<Buffer | undefined> {
  const originalPath = path.join(originalsDir, file);
  const pending = inFlight.get(originalPath);
  if (pending) return pending;
  const work = render(originalPath, cacheDir, file).finally(() => inFlight.delete(originalPath));
  inFlight.set(originalPath, work);
  return work;
}

async function render(originalPath: string, cacheDir: string, file: string): Promise<Buffer | undefined> {
  const version = await originalVersion(originalPath);
  if (!version) return undefined;
  const cached = path.join(cacheDir, `${file}.${version}.jpg`);
  try {
    return await readFile(cached);
  } catch {
    // not rendered yet
  }
  const rendition = await sharp(await readFile(originalPath))
    .resize({ width: MAX_WEB_EDGE, height: MAX_WEB_EDGE, fit: "inside", withoutEnlargement: true })
    .jpeg({ quality: 90 })
    .toBuffer();
  await mkdir(path.dirname(cached), { recursive: true });
  const temporary = `${cached}.${process.pid}.tmp`;
  await writeFile(temporary, rendition);
  await rename(temporary, cached);
  return rendition;
}

/** "<size>-<mtime>" of the original, or undefined when it is missing. */
async function originalVersion(originalPath: string): Promise<string | undefined> {
  try {
    const info = await stat(originalPath);
    return `${info.size}-${Math.round(info.mtimeMs)}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return undefined;
  }
}
