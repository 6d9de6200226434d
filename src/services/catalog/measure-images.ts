import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { analyseImage, type ImageAnalysis } from "@/adapters/images/analyse-image";
import type { ImportProblem } from "./import-problems";
import { inParallel } from "./in-parallel";
import type { ImportRow } from "./read-import-metadata";

export interface MeasuredImage {
  hash: string;
  bytes: Buffer;
  extension: string;
  analysis: ImageAnalysis;
}

/** One image of one row of styles.yaml, to read. */
export interface ImageJob {
  row: ImportRow;
  index: number;
  file: string;
  where: ImportProblem;
}

export const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/** Reads, hashes and analyses every image, `workers` at a time; problems go to `problems`. */
export async function measureImages(
  dir: string,
  jobs: readonly ImageJob[],
  problems: ImportProblem[],
  workers: number,
  onProgress: ((done: number, total: number) => void) | undefined,
): Promise<Map<string, MeasuredImage>> {
  let done = 0;
  const results = await inParallel(jobs, workers, async (job) => {
    try {
      const bytes = await readFile(path.join(dir, job.file));
      const analysis = await analyseImage(bytes);
      return { job, bytes, analysis };
    } catch (error) {
      problems.push({
        ...job.where,
        message: `${job.file} cannot be read as an image (${(error as Error).message})`,
      });
      return undefined;
    } finally {
      done += 1;
      onProgress?.(done, jobs.length);
    }
  });
  const measured = new Map<string, MeasuredImage>();
  const firstUse = new Map<string, string>();
  for (const result of results) {
    if (!result) continue;
    const { job, bytes, analysis } = result;
    const hash = sha256(bytes);
    const twin = firstUse.get(hash);
    if (twin) {
      problems.push({ ...job.where, message: `${job.file} is the same picture as ${twin}` });
      continue;
    }
    firstUse.set(hash, job.file);
    measured.set(job.file, { hash, bytes, extension: extensionOf(job.file), analysis });
  }
  return measured;
}

function extensionOf(file: string): string {
  const extension = path.extname(file).slice(1).toLowerCase();
  return extension === "jpeg" ? "jpg" : extension;
}
