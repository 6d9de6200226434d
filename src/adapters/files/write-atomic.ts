import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

let counter = 0;

/** Writes to a temp file and renames it, so a crash never leaves a half-written file in place. */
export async function writeAtomic(target: string, content: Buffer | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  counter += 1;
  const temporary = `${target}.${process.pid}-${counter}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
