import { v2 as cloudinary } from "cloudinary";
import { type ImagesPort, MAX_WEB_EDGE, type OriginalLink } from "./port";

export interface CloudinarySettings {
  cloudName: string;
  /** optional folder prefix of every public id, e.g. "mjpro" */
  folder?: string;
  apiKey: string;
  apiSecret: string;
}

/** How long a Pro member's full-resolution download link works. */
export const ORIGINAL_LINK_SECONDS = 120;

/** The Cloudinary public id of a catalog file: its path without extension, under the folder. */
export function cloudinaryPublicId(file: string, folder?: string): string {
  const withoutExtension = file.replace(/\.[a-z0-9]+$/i, "");
  return folder ? `${folder.replace(/\/+$/, "")}/${withoutExtension}` : withoutExtension;
}

/**
 * Images are uploaded as "authenticated" assets: Cloudinary serves nothing of them without
 * a URL signed with the API secret. Web sizes get signed delivery URLs (automatic format
 * and quality, fitted inside the width asked and the web-size long edge; crop "limit"
 * never upscales), so editing a URL to ask for the original or a larger size fails. A
 * Pro member's original comes from a download link that expires within minutes.
 */
export function cloudinaryImages(settings: CloudinarySettings): ImagesPort {
  const credentials = {
    cloud_name: settings.cloudName,
    api_key: settings.apiKey,
    api_secret: settings.apiSecret,
  };
  return {
    webUrl(file, width) {
      return cloudinary.url(cloudinaryPublicId(file, settings.folder), {
        ...credentials,
        type: "authenticated",
        sign_url: true,
        secure: true,
        // the SDK otherwise appends a usage-analytics query parameter; mjpro tracks no one
        urlAnalytics: false,
        force_version: false,
        transformation: [
          { fetch_format: "auto", quality: "auto", width, height: MAX_WEB_EDGE, crop: "limit" },
        ],
      });
    },
    async originalLink(file, now): Promise<OriginalLink> {
      const format = file.split(".").at(-1) ?? "jpg";
      const expiresAt = Math.floor(now / 1000) + ORIGINAL_LINK_SECONDS;
      const url = cloudinary.utils.private_download_url(cloudinaryPublicId(file, settings.folder), format, {
        ...credentials,
        type: "authenticated",
        attachment: true,
        expires_at: expiresAt,
      });
      return { url, expiresAt: expiresAt * 1000 };
    },
  };
}
