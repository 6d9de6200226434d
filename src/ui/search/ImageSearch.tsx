"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { type DragEvent, useId, useState, useTransition } from "react";
import { useHydrated } from "@/client/session";
import { formatPalette } from "@/domain/color/palette-query";

type Status = { kind: "idle" } | { kind: "reading" } | { kind: "error"; message: string };

/**
 * Search by image, private by design: the picture is read in this browser (its main
 * colours, src/client/image-palette.ts, loaded only when a picture comes) and only those
 * colours go in the address, `palette=…`. The picture is never uploaded. It needs
 * JavaScript, so the control stays disabled until the page is live.
 */
export function ImageSearch() {
  const router = useRouter();
  const params = useSearchParams();
  const hydrated = useHydrated();
  const hintId = useId();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const [navigating, startTransition] = useTransition();

  const search = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: "reading" });
    try {
      const { paletteOfImageFile } = await import("@/client/image-palette");
      const palette = await paletteOfImageFile(file);
      const next = new URLSearchParams(params.toString());
      // the picture's colours replace a single colour; the other filters stay
      for (const name of ["color", "cursor", "palette"]) next.delete(name);
      next.set("palette", formatPalette(palette));
      setStatus({ kind: "idle" });
      startTransition(() => router.push(`/search?${next.toString()}`, { scroll: false }));
    } catch (error) {
      const known = error instanceof Error && error.name === "ImagePaletteError";
      setStatus({
        kind: "error",
        message: known ? error.message : "That picture could not be read. Try another one.",
      });
    }
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void search(event.dataTransfer.files[0]);
  };

  const busy = status.kind === "reading" || navigating;
  return (
    // the drop target is the whole box; the file input inside it is the control for everyone else
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut for the labelled file input
    <div
      className="image-search"
      data-dragging={dragging ? "" : undefined}
      data-busy={busy ? "" : undefined}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label className="button small secondary image-search-pick" data-disabled={hydrated ? undefined : ""}>
        Search by image
        <input
          type="file"
          accept="image/*"
          className="visually-hidden"
          disabled={!hydrated || busy}
          aria-describedby={hintId}
          onChange={(event) => {
            void search(event.currentTarget.files?.[0]);
            // the same picture picked again still searches
            event.currentTarget.value = "";
          }}
        />
      </label>
      <p id={hintId} className="image-search-hint">
        Drop or pick a picture to find styles with its colours. It stays on your device.
      </p>
      <p
        className={status.kind === "error" ? "image-search-status error" : "image-search-status"}
        role="status"
      >
        {status.kind === "error" ? status.message : busy ? "Reading the picture’s colours…" : ""}
      </p>
    </div>
  );
}
