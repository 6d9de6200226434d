"use client";

import { useState } from "react";
import { saveFile } from "@/client/save-file";
import { readToken } from "@/client/session";

/** Pro only: fetches the full-resolution original with the token (never in a URL) and saves it. */
export function DownloadOriginal({ imageId }: { imageId: string }) {
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const download = async () => {
    setState("busy");
    try {
      const response = await fetch(`/api/images/${imageId}/original`, {
        headers: { authorization: `Bearer ${readToken() ?? ""}` },
      });
      if (!response.ok) throw new Error(String(response.status));
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
