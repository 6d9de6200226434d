import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { MAX_WEB_EDGE } from "./port";

/**
 * The largest web-size rendition of a local original: what the local adapter lets
 * Next's optimizer (and so any browser) read. Originals stay private to Pro downloads.
 * Renditions are cached on disk next to the store, keyed by file name.
 */
export async function readWebMaster(
  originalsDir: string,
  cacheDir: string,
  file: string,
): Promise<Buffer | undefined> {
  const cached = path.join(cacheDir, file);
  try {
    return await readFile(cached);
  } catch {
    // not rendered yet
  }
  const original = await readOriginal(path.join(originalsDir, file));
  if (!original) return undefined;
  const rendition = await sharp(original)
    .resize({ width: MAX_WEB_EDGE, height: MAX_WEB_EDGE, fit: "inside", withoutEnlargement: true })
    .jpeg({ quality: 90 })
    .toBuffer();
  await mkdir(path.dirname(cached), { recursive: true });
  const temporary = `${cached}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, rendition);
  await rename(temporary, cached);
  return rendition;
}

async function readOriginal(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      console.warn(`images: original missing: ${file} (run npm start, which renders demo images)`);
      return undefined;
    }
    throw error;
  }
}
