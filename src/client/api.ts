"use client";

import { forgetToken, readToken } from "./session";

export interface ApiError {
  code: string;
  message: string;
  retryAfterSeconds?: number;
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ApiError };

/**
 * Calls the app's own API with the token as a Bearer header (never in the URL).
 * A 401 on an authenticated call means the token is dead: it is forgotten.
 */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; auth?: boolean } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {};
  const token = init.auth ? readToken() : null;
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: { code: "offline", message: "You seem to be offline. Check your connection and try again." },
    };
  }
  if (response.status === 401 && token) forgetToken();
  let parsed: unknown = null;
  try {
    const text = await response.text();
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // a proxy's HTML error page, or a cut connection: fall through to a generic error
  }
  if (response.ok) return { ok: true, status: response.status, data: parsed as T };
  const error = (parsed as { error?: ApiError } | null)?.error ?? {
    code: "unknown",
    message: "Something went wrong. Try again.",
  };
  const retryAfter = Number(response.headers.get("retry-after"));
  return {
    ok: false,
    status: response.status,
    error: { ...error, ...(retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}) },
  };
}
