"use client";

import { useState } from "react";
import { apiResponse } from "@/client/api";
import { saveFile } from "@/client/save-file";

/**
 * Pro only: asks for the full-resolution original with the token (never in a URL), then
 * saves the file, or opens the short-lived link a hosted image store gives.
 */
export function DownloadOriginal({ imageId }: { imageId: string }) {
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const download = async () => {
    setState("busy");
    try {
      const response = await apiResponse(`/api/images/${imageId}/original`, { auth: true });
      if (!response?.ok) throw new Error(String(response?.status ?? "offline"));
      if (response.headers.get("content-type")?.startsWith("application/json")) {
        // a hosted original: a signed link that expires in minutes, served as an attachment
        const link = (await response.json()) as { url: string };
        window.location.assign(link.url);
        setState("idle");
        return;
      }
      const name =
        response.headers.get("content-disposition")?.match(/filename="([^"]+)"/)?.[1] ?? `${imageId}.jpg`;
      saveFile(name, await response.blob());
      setState("idle");
    } catch {
      setState("failed");
    }
  };
  return (
    <button
      type="button"
      className="button small lightbox-download"
      onClick={() => void download()}
      disabled={state === "busy"}
    >
      {state === "busy"
        ? "Preparing…"
        : state === "failed"
          ? "Download failed, retry"
          : "Download full resolution"}
    </button>
  );
}
