import { v2 as cloudinary } from "cloudinary";
import { type ImagesPort, MAX_WEB_EDGE } from "./port";

export interface CloudinarySettings {
  cloudName: string;
  /** optional folder prefix of every public id, e.g. "mjpro" */
  folder?: string;
}

/** The Cloudinary public id of a catalog file: its path without extension, under the folder. */
export function cloudinaryPublicId(file: string, folder?: string): string {
  const withoutExtension = file.replace(/\.[a-z0-9]+$/i, "");
  return folder ? `${folder.replace(/\/+$/, "")}/${withoutExtension}` : withoutExtension;
}

/**
 * Delivery URLs with automatic format and quality, fitted inside the requested width and the
 * web-size long edge (crop "limit" never upscales).
 */
export function cloudinaryImages(settings: CloudinarySettings): ImagesPort {
  return {
    webUrl(file, width) {
      return cloudinary.url(cloudinaryPublicId(file, settings.folder), {
        cloud_name: settings.cloudName,
        secure: true,
        // the SDK otherwise appends a usage-analytics query parameter; mjpro tracks no one
        urlAnalytics: false,
        force_version: false,
        transformation: [
          { fetch_format: "auto", quality: "auto", width, height: MAX_WEB_EDGE, crop: "limit" },
        ],
      });
    },
  };
}
