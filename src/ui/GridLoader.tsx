"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/client/api";
import type { StyleView } from "@/domain/catalog/style-view";
import { StyleCard } from "./StyleCard";

interface StylesPage {
  items: StyleView[];
  nextCursor: string | null;
}

/** Styles fetched per load: the API's default page (a last page may be shorter, and the footer then moves up). */
const NEXT_PAGE_SIZE = 24;

/** Query string for the page after `cursor`, keeping the grid's filters. */
function pageQuery(baseQuery: string, cursor: string): string {
  const params = new URLSearchParams(baseQuery);
  params.set("cursor", cursor);
  return params.toString();
}

/** How far below the screen the grid's end may be for the next page to load by itself. */
const LOAD_AHEAD = "1500px";

/**
 * Stand-ins for the page being fetched, as many as will come and as tall as the grid's
 * first card: they go in while the end of the grid is still out of sight, so when the
 * styles arrive, they take the stand-ins' place and nothing below them (the button, the
 * footer) moves on screen.
 */
function Placeholders({ height, count }: { height: number; count: number }) {
  return Array.from({ length: count }, (_, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: identical, stateless stand-ins
    <div key={i} className="card-placeholder" style={{ height }} aria-hidden="true" />
  ));
}

/**
 * Appends the next pages of a grid as the visitor nears its end (or presses the
 * button). It loads by itself only while the grid's end is still below the screen: once
 * the end (and the footer) is in sight, new styles would push them down, so it waits for
 * the button. Without JavaScript the button is a plain link to the next page.
 */
export function GridLoader({
  baseQuery,
  initialCursor,
  remaining,
}: {
  baseQuery: string;
  initialCursor: string | null;
  /** how many styles of the grid come after the page's own */
  remaining: number;
}) {
  const [styles, setStyles] = useState<StyleView[]>([]);
  const [cursor, setCursor] = useState(initialCursor);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const [announcement, setAnnouncement] = useState("");
  const sentinel = useRef<HTMLDivElement>(null);
  const inFlight = useRef(false);
  /** cursors asked for: a click landing before the new cursor renders must not fetch a page twice */
  const requested = useRef(new Set<string>());
  /** after a load the visitor asked for with the button, focus moves to the first new style */
  const focusFirstNew = useRef(false);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const [placeholderHeight, setPlaceholderHeight] = useState(0);

  useEffect(() => {
    if (!focusTarget) return;
    document.querySelector<HTMLAnchorElement>(`[data-style-id="${focusTarget}"] .card-title a`)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const loadMore = useCallback(async () => {
    if (!cursor || inFlight.current || requested.current.has(cursor)) return;
    inFlight.current = true;
    requested.current.add(cursor);
    setPlaceholderHeight(
      sentinel.current?.parentElement?.querySelector(".card")?.getBoundingClientRect().height ?? 0,
    );
    setStatus("loading");
    try {
      const result = await api<StylesPage>(`/api/styles?${pageQuery(baseQuery, cursor)}`);
      if (!result.ok) throw new Error(`status ${result.status}`);
      const page = result.data;
      setStyles((current) => [...current, ...page.items]);
      if (focusFirstNew.current) setFocusTarget(page.items[0]?.id ?? null);
      focusFirstNew.current = false;
      setCursor(page.nextCursor);
      setAnnouncement(`Loaded ${page.items.length} more styles`);
      setStatus("idle");
    } catch {
      requested.current.delete(cursor);
      setStatus("error");
    } finally {
      inFlight.current = false;
    }
  }, [baseQuery, cursor]);

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !cursor || status === "error") return;
    const belowScreen = (entries: IntersectionObserverEntry[]) =>
      entries.some((e) => e.boundingClientRect.top > window.innerHeight);
    // the end nears from below
    const ahead = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && belowScreen(entries)) void loadMore();
      },
      { rootMargin: `0px 0px ${LOAD_AHEAD} 0px` },
    );
    // the end was in sight (no load then) and the visitor scrolled back up past it
    let wasInSight = false;
    const leftScreen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) wasInSight = true;
      else if (wasInSight && belowScreen(entries)) void loadMore();
    });
    ahead.observe(target);
    leftScreen.observe(target);
    return () => {
      ahead.disconnect();
      leftScreen.disconnect();
    };
  }, [cursor, loadMore, status]);

  return (
    <>
      {styles.map((style) => (
        <StyleCard key={style.id} style={style} />
      ))}
      {status === "loading" && placeholderHeight > 0 ? (
        <Placeholders
          height={placeholderHeight}
          count={Math.min(NEXT_PAGE_SIZE, remaining - styles.length)}
        />
      ) : null}
      <div className="grid-footer" ref={sentinel}>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        {status === "error" ? (
          <p className="grid-error" role="alert">
            Could not load more styles. Check your connection and try again.
          </p>
        ) : null}
        {cursor ? (
          <a
            className="button secondary"
            href={`?${pageQuery(baseQuery, cursor)}`}
            aria-busy={status === "loading"}
            onClick={(event) => {
              event.preventDefault();
              focusFirstNew.current = true;
              void loadMore();
            }}
          >
            {status === "loading" ? "Loading…" : status === "error" ? "Try again" : "Load more styles"}
          </a>
        ) : styles.length > 0 ? (
          <p className="grid-end">You have seen every style here.</p>
        ) : null}
      </div>
    </>
  );
}
