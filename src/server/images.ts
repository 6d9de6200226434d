import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cloudinaryImages } from "@/adapters/images/cloudinary";
import { localImages } from "@/adapters/images/local";
import type { ImagesPort } from "@/adapters/images/port";
import { readWebMaster } from "@/adapters/images/web-master";
import { type Env, getEnv, resolveFromCwd } from "./env";
import { getLog } from "./log";
import { processWide } from "./process-wide";

/** Cloudinary when its settings are there, else local files; one per process. */
export function getImages(): ImagesPort {
  return processWide("images", () => imagesPort(getEnv()));
}

function imagesPort(env: Env): ImagesPort {
  if (env.CLOUDINARY_CLOUD_NAME && !(env.CLOUDINARY_API_KEY && env.CLOUDINARY_API_SECRET)) {
    throw new Error("mjpro: CLOUDINARY_API_KEY and CLOUDINARY_API_SECRET are needed to sign image URLs");
  }
  return env.CLOUDINARY_CLOUD_NAME && env.CLOUDINARY_API_KEY && env.CLOUDINARY_API_SECRET
    ? cloudinaryImages({
        cloudName: env.CLOUDINARY_CLOUD_NAME,
        folder: env.CLOUDINARY_FOLDER,
        apiKey: env.CLOUDINARY_API_KEY,
        apiSecret: env.CLOUDINARY_API_SECRET,
      })
    : localImages();
}

// each missing original is reported once per process; at most the catalog's files
const reportedMissing = processWide("reportedMissing", () => new Set<string>());

export async function readLocalWebMaster(file: string): Promise<Buffer | undefined> {
  const env = getEnv();
  const image = await readWebMaster(
    resolveFromCwd(env.LOCAL_IMAGES_DIR),
    path.join(resolveFromCwd(env.DATA_DIR), "cache", "web"),
    file,
  );
  if (!image && !reportedMissing.has(file)) {
    reportedMissing.add(file);
    getLog().warn({ event: "image_missing", file }, "original missing (npm start renders the demo images)");
  }
  return image;
}

/** A local original at full resolution (Pro downloads only; see services/images/download-original). */
export async function readLocalOriginal(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path.join(resolveFromCwd(getEnv().LOCAL_IMAGES_DIR), file));
  } catch {
    return undefined;
  }
}
