import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cloudinaryImages } from "@/adapters/images/cloudinary";
import { localImages } from "@/adapters/images/local";
import type { ImagesPort } from "@/adapters/images/port";
import { readWebMaster } from "@/adapters/images/web-master";
import { getEnv, resolveFromCwd } from "./env";

let cached: ImagesPort | undefined;

export function getImages(): ImagesPort {
  if (cached) return cached;
  const env = getEnv();
  cached = env.CLOUDINARY_CLOUD_NAME
    ? cloudinaryImages({ cloudName: env.CLOUDINARY_CLOUD_NAME, folder: env.CLOUDINARY_FOLDER })
    : localImages();
  return cached;
}

export function readLocalWebMaster(file: string): Promise<Buffer | undefined> {
  const env = getEnv();
  return readWebMaster(
    resolveFromCwd(env.LOCAL_IMAGES_DIR),
    path.join(resolveFromCwd(env.DATA_DIR), "cache", "web"),
    file,
  );
}

/** A local original at full resolution (Pro downloads only; see services/images/download-original). */
export async function readLocalOriginal(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path.join(resolveFromCwd(getEnv().LOCAL_IMAGES_DIR), file));
  } catch {
    return undefined;
  }
}
