import { randomUUID } from "node:crypto";
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { codeFromOutbox } from "./sign-in";

let addresses = 0;

/** A client address of its own per call, so the per-address sign-in limits of one test spare the rest. */
function freshAddress(): string {
  addresses += 1;
  return `10.77.${(process.pid + addresses) % 250}.${addresses % 250}`;
}

/**
 * A new member signed in through the API (code from the outbox), upgraded to Pro in the
 * local test checkout when `pro`. Returns the token.
 */
export async function newMember(request: APIRequestContext, options: { pro: boolean }): Promise<string> {
  const email = `member-${randomUUID().slice(0, 8)}@example.com`;
  const headers = { "x-forwarded-for": freshAddress() };
  const sentAfter = Date.now() - 1000;
  const sent = await request.post("/api/auth/code", { data: { email }, headers });
  if (sent.status() !== 202) throw new Error(`code request answered ${sent.status()}`);
  const { challenge } = (await sent.json()) as { challenge: string };
  const code = await codeFromOutbox(email, sentAfter);
  const verified = await request.post("/api/auth/verify", {
    data: { email, challenge, code, ageConfirmed: true },
    headers,
  });
  if (!verified.ok()) throw new Error(`verify answered ${verified.status()}`);
  const { token } = (await verified.json()) as { token: string };
  if (options.pro) {
    const auth = { authorization: `Bearer ${token}` };
    const checkout = await request.post("/api/billing/checkout", {
      data: { interval: "month" },
      headers: auth,
    });
    const { url } = (await checkout.json()) as { url: string };
    const sessionId = url.split("/").at(-1);
    const paid = await request.post("/api/billing/local/complete", { data: { sessionId }, headers: auth });
    if (!paid.ok()) throw new Error(`local checkout answered ${paid.status()}`);
  }
  return token;
}

/** Every page of `context` opens with `token` in localStorage, as after signing in. */
export async function signedIn(context: BrowserContext, token: string): Promise<void> {
  await context.addInitScript((value) => window.localStorage.setItem("mjpro.token", value), token);
}

/**
 * Counts, for each named selector, the frames in which a visible element matched it
 * (window.__seen[name]), and sums layout shifts (window.__shift), keeping what moved in each
 * (window.__moved) so a failing check can say which elements shifted.
 */
export async function watchFrames(context: BrowserContext, selectors: Record<string, string>): Promise<void> {
  await context.addInitScript((watched) => {
    const state = window as unknown as {
      __seen: Record<string, number>;
      __shift: number;
      __moved: string[];
    };
    state.__seen = Object.fromEntries(Object.keys(watched).map((name) => [name, 0]));
    state.__shift = 0;
    state.__moved = [];
    // what moved, and "in header" when it is part of the site header (a moved nav link names only itself)
    const nameOf = (node: Node | null) => {
      const element = node instanceof Element ? node : node?.parentElement;
      const where = element?.closest("header") ? " in header" : "";
      if (!(node instanceof Element)) return `${String(node?.nodeName)}${where}`;
      const classes = (node.getAttribute("class") ?? "").trim().split(/\s+/).filter(Boolean);
      return `${[node.tagName.toLowerCase(), ...classes].join(".")}${where}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        state.__shift += entry.value;
        const nodes = entry.sources
          .map(({ node, previousRect: was, currentRect: is }) => {
            const at = (rect: DOMRectReadOnly) =>
              `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
            return `${nameOf(node)} (${at(was)} → ${at(is)})`;
          })
          .join(", ");
        state.__moved.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${nodes}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
    const look = () => {
      for (const [name, selector] of Object.entries(watched)) {
        if ([...document.querySelectorAll(selector)].some((element) => element.checkVisibility()))
          state.__seen[name] = (state.__seen[name] ?? 0) + 1;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, selectors);
}

/** Frames in which `name` of watchFrames was seen. */
export function framesWith(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (key) => (window as unknown as { __seen: Record<string, number> }).__seen[key] ?? 0,
    name,
  );
}

/** The layout shift summed by watchFrames. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

/** Each layout shift watchFrames saw, with the elements it moved, for a failing check's message. */
export async function whatShifted(page: Page): Promise<string> {
  const moved = await page.evaluate(() => (window as unknown as { __moved: string[] }).__moved);
  return moved.length ? moved.join("; ") : "nothing moved";
}
