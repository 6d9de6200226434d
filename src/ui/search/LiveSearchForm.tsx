"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, type KeyboardEvent, type ReactNode, useEffect, useRef, useTransition } from "react";
import { randomSeed } from "@/client/random-seed";
import { useHydrated } from "@/client/session";
import { searchHref } from "./search-href";

/** How long a keyboard user may rest on an option before the list follows it. */
const KEYBOARD_SETTLE_MS = 700;

/** Keys that change a closed <select>'s value at once in Chromium and Firefox, one option at a time. */
const STEPPING_KEYS = new Set([
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "Home",
  "End",
  "PageUp",
  "PageDown",
]);

/** The option of `select` that `params` asks for; none (any) when it asks for none it has. */
function urlOption(select: HTMLSelectElement, params: URLSearchParams): string {
  const value = params.get(select.name) ?? "";
  return [...select.options].some((option) => option.value === value) ? value : "";
}

/** Puts the URL's values back into the visible fields (Back, Forward, a removed chip). */
function showUrlValues(form: HTMLFormElement, params: URLSearchParams) {
  for (const field of form.querySelectorAll<HTMLSelectElement | HTMLInputElement>(
    "select[name], input[type=search][name]",
  )) {
    if (field instanceof HTMLSelectElement) field.value = urlOption(field, params);
    else if (document.activeElement !== field) field.value = params.get(field.name) ?? "";
  }
}

/** Whether a list shows another choice than the URL's: one made before the page was live. */
function listChangedBeforeLive(form: HTMLFormElement, params: URLSearchParams): boolean {
  return [...form.querySelectorAll<HTMLSelectElement>("select[name]")].some(
    (select) => select.value !== urlOption(select, params),
  );
}

/**
 * The search page's GET form, which works as it is without JavaScript; with it, the
 * results follow the form at once. A list choice made with the pointer applies
 * immediately; one made with arrow keys on a closed list (which changes the value at
 * every step) applies once the person rests on it or presses Enter. Words apply on Enter
 * or the Search button, never per keystroke. Each change is a history entry, so Back
 * returns to the previous filters; the page scrolls nowhere.
 */
export function LiveSearchForm({
  children,
  applyOnChange,
  className,
  label,
}: {
  children: ReactNode;
  /** whether changing a list applies it (the filters) or only sending the form does (a custom colour) */
  applyOnChange: boolean;
  className: string;
  label?: string;
}) {
  const router = useRouter();
  const params = useSearchParams();
  const form = useRef<HTMLFormElement>(null);
  const settle = useRef<number | undefined>(undefined);
  const stepping = useRef(false);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();

  const live = useRef(false);
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const urlParams = new URLSearchParams(params.toString());
    // a choice made before the page was live lost its change event: it applies now, not undone
    const first = !live.current;
    live.current = true;
    if (first && applyOnChange && listChangedBeforeLive(element, urlParams)) element.requestSubmit();
    else showUrlValues(element, urlParams);
  }, [params, applyOnChange]);

  useEffect(() => () => window.clearTimeout(settle.current), []);

  const apply = () => {
    window.clearTimeout(settle.current);
    stepping.current = false;
    if (!form.current) return;
    const href = searchHref(new FormData(form.current), randomSeed);
    if (href === `${window.location.pathname}${window.location.search}`) return;
    startTransition(() => router.push(href, { scroll: false }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply();
  };

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if (!applyOnChange || !(event.target instanceof HTMLSelectElement)) return;
    if (!stepping.current) return apply();
    window.clearTimeout(settle.current);
    settle.current = window.setTimeout(apply, KEYBOARD_SETTLE_MS);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (!(event.target instanceof HTMLSelectElement)) return;
    if (event.key === "Enter") {
      event.preventDefault();
      apply();
    } else if (STEPPING_KEYS.has(event.key) || event.key.length === 1) stepping.current = true;
  };

  return (
    <form
      ref={form}
      action="/search"
      method="get"
      className={className}
      aria-label={label}
      data-pending={pending ? "" : undefined}
      // until then a change waits for Search or Enter (the plain form); tests wait for this
      data-live={hydrated ? "" : undefined}
      onSubmit={onSubmit}
      onChange={onChange}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // a list left with Tab applies its value now
        if (stepping.current && event.target instanceof HTMLSelectElement) apply();
      }}
    >
      {children}
    </form>
  );
}
