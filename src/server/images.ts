import "server-only";
import { cloudinaryImages } from "@/adapters/images/cloudinary";
import { localImages } from "@/adapters/images/local";
import type { ImagesPort } from "@/adapters/images/port";
import { getEnv } from "./env";

let cached: ImagesPort | undefined;

export function getImages(): ImagesPort {
  if (cached) return cached;
  const env = getEnv();
  cached = env.CLOUDINARY_CLOUD_NAME
    ? cloudinaryImages({ cloudName: env.CLOUDINARY_CLOUD_NAME, folder: env.CLOUDINARY_FOLDER })
    : localImages();
  return cached;
}
