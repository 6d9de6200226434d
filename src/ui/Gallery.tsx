"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { isLiked, setLiked, useLikes } from "@/client/likes";
import { usePlan } from "@/client/plan";
import type { ImageView } from "@/domain/catalog/style-view";
import { ArrivedMark } from "./ArrivedMark";
import { SaveToBoard } from "./boards/SaveToBoard";
import { DownloadOriginal } from "./DownloadOriginal";
import { aspectStyle, gallerySizes, gallerySpacers, galleryStyle, rowScale } from "./gallery-layout";
import { LikeButton } from "./likes/LikeButton";
import { ResponsiveImage } from "./ResponsiveImage";

const LIGHTBOX_SIZES = "100vw";

/** The key alone, and not typed into a text field (L likes, B saves to a board). */
function plainKey(event: React.KeyboardEvent, key: string): boolean {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  return event.key === key && !event.metaKey && !event.ctrlKey && !event.altKey && !typing;
}

/**
 * All images of a style in justified rows, so reading order, Tab and the lightbox's ←/→ agree;
 * each opens a lightbox (←/→ to move, Esc to close, focus returns).
 */
export function Gallery({ images, title }: { images: ImageView[]; title: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const triggers = useRef<(HTMLButtonElement | null)[]>([]);
  const [current, setCurrent] = useState<number | null>(null);
  const likes = useLikes();
  const plan = usePlan();
  const currentRef = useRef<number | null>(null);
  const swipeStart = useRef<number | null>(null);
  const [boardMenuOpen, setBoardMenuOpen] = useState(false);

  // opened after the image has rendered, so showModal focuses the dialog's first control
  useEffect(() => {
    currentRef.current = current;
    if (current !== null && !dialog.current?.open) dialog.current?.showModal();
  }, [current]);

  const close = useCallback(() => dialog.current?.close(), []);

  const step = useCallback(
    (delta: number) =>
      setCurrent((index) => (index === null ? index : (index + delta + images.length) % images.length)),
    [images.length],
  );

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const onClose = () => {
      const index = currentRef.current;
      setCurrent(null);
      setBoardMenuOpen(false);
      if (index !== null) triggers.current[index]?.focus();
    };
    element.addEventListener("close", onClose);
    return () => element.removeEventListener("close", onClose);
  }, []);

  useEffect(() => {
    if (current === null) return;
    const next = images[(current + 1) % images.length];
    if (next) {
      const preload = new Image();
      preload.sizes = LIGHTBOX_SIZES;
      preload.srcset = next.srcSet;
    }
  }, [current, images]);

  const shown = current === null ? undefined : images[current];
  const last = images.at(-1);
  const spacerStyle = last ? aspectStyle(last) : undefined;
  const spacers = gallerySpacers(images.length);
  const scale = rowScale(images);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === "ArrowRight") {
      event.preventDefault();
      step(1);
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      step(-1);
    } else if (plainKey(event, "l") && shown) {
      event.preventDefault();
      setLiked(shown.id, !isLiked(likes, shown.id));
    } else if (plainKey(event, "b") && shown) {
      event.preventDefault();
      setBoardMenuOpen((open) => !open);
    }
  };

  // a horizontal swipe of 50 px or more on a touch screen moves like the arrow keys
  const onTouchStart = (event: React.TouchEvent) => {
    swipeStart.current = event.touches[0]?.clientX ?? null;
  };
  const onTouchEnd = (event: React.TouchEvent) => {
    const end = event.changedTouches[0]?.clientX;
    if (swipeStart.current !== null && end !== undefined && Math.abs(end - swipeStart.current) >= 50) {
      step(end < swipeStart.current ? 1 : -1);
    }
    swipeStart.current = null;
  };

  return (
    <>
      <section
        className="gallery shown-once-whole"
        style={galleryStyle(scale)}
        aria-label={`Images made with ${title}`}
      >
        {images.map((image, index) => (
          <div key={image.id} className="gallery-cell" style={aspectStyle(image)}>
            <button
              type="button"
              className="gallery-item"
              ref={(element) => {
                triggers.current[index] = element;
              }}
              onClick={() => setCurrent(index)}
              aria-label={`Open image ${index + 1} of ${images.length}: ${image.alt}`}
            >
              <ResponsiveImage image={image} sizes={gallerySizes(image, scale)} eager={index < 2} />
            </button>
            <LikeButton
              imageId={image.id}
              image={`image ${index + 1} of ${title}`}
              className="like-button overlay"
            />
            <SaveToBoard imageId={image.id} image={`image ${index + 1} of ${title}`} className="overlay" />
          </div>
        ))}
        {spacers.map((key) => (
          <div key={key} className="gallery-spacer" aria-hidden="true" style={spacerStyle} />
        ))}
        <ArrivedMark />
      </section>
      <dialog ref={dialog} className="lightbox" aria-label={`${title}: image viewer`} onKeyDown={onKeyDown}>
        {shown && current !== null ? (
          <div className="lightbox-inner">
            <figure
              className="lightbox-figure"
              style={aspectStyle(shown)}
              onTouchStart={onTouchStart}
              onTouchEnd={onTouchEnd}
            >
              <ResponsiveImage key={shown.id} image={shown} sizes={LIGHTBOX_SIZES} eager />
            </figure>
            <p className="lightbox-caption" aria-live="polite">
              {current + 1} / {images.length} · {shown.alt}
            </p>
            {shown.prompt !== undefined ? (
              <p className="lightbox-prompt">
                <span className="lightbox-prompt-label">Prompt</span>{" "}
                {shown.prompt === "" ? <em>none: made from the style's code alone</em> : shown.prompt}
              </p>
            ) : null}
            <LikeButton
              imageId={shown.id}
              image={`image ${current + 1} of ${title}`}
              className="like-button lightbox-like"
            />
            <SaveToBoard
              key={shown.id}
              imageId={shown.id}
              image={`image ${current + 1} of ${title}`}
              className="lightbox-save"
              open={boardMenuOpen}
              onOpenChange={setBoardMenuOpen}
            />
            {plan === "pro" ? <DownloadOriginal imageId={shown.id} /> : null}
            <button type="button" className="lightbox-close" onClick={close} aria-label="Close image viewer">
              ×
            </button>
            {images.length > 1 ? (
              <>
                <button
                  type="button"
                  className="lightbox-nav previous"
                  onClick={() => step(-1)}
                  aria-label="Previous image"
                >
                  ‹
                </button>
                <button
                  type="button"
                  className="lightbox-nav next"
                  onClick={() => step(1)}
                  aria-label="Next image"
                >
                  ›
                </button>
              </>
            ) : null}
          </div>
        ) : null}
      </dialog>
    </>
  );
}
