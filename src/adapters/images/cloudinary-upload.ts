import { v2 as cloudinary, type UploadApiErrorResponse, type UploadApiResponse } from "cloudinary";
import { cloudinaryPublicId } from "./cloudinary";
import type { ImageStore } from "./port";

export interface CloudinaryUploadSettings {
  cloudName: string;
  apiKey: string;
  apiSecret: string;
  folder?: string;
  /** where the SDK sends API calls instead of https://api.cloudinary.com (tests) */
  uploadPrefix?: string;
}

/**
 * Originals to Cloudinary with the official SDK, as "authenticated" assets under the
 * public id the delivery adapter derives from the catalog file (content-hash names). `overwrite: false` keeps
 * an asset that is already there as it is, so a repeated upload changes nothing.
 */
export function cloudinaryImageStore(settings: CloudinaryUploadSettings): ImageStore {
  const credentials = {
    cloud_name: settings.cloudName,
    api_key: settings.apiKey,
    api_secret: settings.apiSecret,
    ...(settings.uploadPrefix ? { upload_prefix: settings.uploadPrefix } : {}),
  };
  return {
    kind: "cloudinary",
    async has(file) {
      try {
        await cloudinary.api.resource(cloudinaryPublicId(file, settings.folder), {
          ...credentials,
          resource_type: "image",
          type: "authenticated",
        });
        return true;
      } catch (error) {
        const status = (error as { error?: { http_code?: number } }).error?.http_code;
        if (status === 404) return false;
        throw new Error(
          `cloudinary: could not check ${file}: ${(error as { error?: { message?: string } }).error?.message ?? String(error)}`,
        );
      }
    },
    put(file, bytes) {
      return new Promise<void>((resolve, reject) => {
        const stream = cloudinary.uploader.upload_stream(
          {
            ...credentials,
            public_id: cloudinaryPublicId(file, settings.folder),
            resource_type: "image",
            // served only through signed URLs (adapters/images/cloudinary.ts)
            type: "authenticated",
            overwrite: false,
            unique_filename: false,
            use_filename: false,
          },
          (error?: UploadApiErrorResponse, result?: UploadApiResponse) => {
            if (error || !result)
              reject(new Error(`cloudinary: upload of ${file} failed: ${error?.message ?? "no answer"}`));
            else resolve();
          },
        );
        stream.end(bytes);
      });
    },
  };
}
