/** Where imported originals go: a local folder, or Cloudinary in production. */
export interface ImageStore {
  kind: "local" | "cloudinary";
  /**
   * Stores the original under `file` (a content-hash path, so one file name is always
   * the same bytes); storing a file that is already there changes nothing.
   */
  put(file: string, bytes: Buffer): Promise<void>;
  /** Whether the store already holds `file` (asked before sending, so nothing is uploaded twice). */
  has(file: string): Promise<boolean>;
}
