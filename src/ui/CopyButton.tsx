"use client";

import { useEffect, useRef, useState } from "react";

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("copy refused");
}

type CopyState = "idle" | "copied" | "failed";

/** Copies `text` exactly. The accessible name stays "Copy" (plus `label`); the result is announced. */
export function CopyButton({
  text,
  label,
  className,
  visibleLabel = "Copy",
}: {
  text: string;
  label?: string;
  className?: string;
  /** what the button shows before copying; the accessible name ("Copy" and `label`) must start with it */
  visibleLabel?: string;
}) {
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    try {
      await writeClipboard(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), 2000);
  }

  const accessibleName = label ? `Copy ${label}` : "Copy";
  const message =
    state === "copied"
      ? "Copied to clipboard"
      : state === "failed"
        ? "Copy failed; select the text and copy it"
        : "";
  return (
    <>
      <button
        type="button"
        className={className ?? "copy-button"}
        onClick={copy}
        aria-label={accessibleName}
        data-state={state}
      >
        <span aria-hidden="true">
          {state === "copied" ? "Copied" : state === "failed" ? "Press Ctrl+C" : visibleLabel}
        </span>
      </button>
      {/* outside the button: a button's children are presentational, so a status inside it may go unheard */}
      <span className="visually-hidden" role="status">
        {message}
      </span>
    </>
  );
}
