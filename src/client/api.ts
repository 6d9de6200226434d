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

export interface ApiInit {
  method?: string;
  body?: unknown;
  auth?: boolean;
}

/**
 * Calls the app's own API with the token as a Bearer header (never in the URL; none when
 * there is no token), and gives the answer as it came: for files (an export, an original).
 * A 401 on an authenticated call means the token is dead: it is forgotten. Undefined when
 * the request did not get out (offline).
 */
export async function apiResponse(path: string, init: ApiInit = {}): Promise<Response | undefined> {
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
    return undefined;
  }
  if (response.status === 401 && token) forgetToken();
  return response;
}

/** Calls the app's own API (apiResponse) and reads its JSON answer or its error. */
export async function api<T>(path: string, init: ApiInit = {}): Promise<ApiResult<T>> {
  const response = await apiResponse(path, init);
  if (!response)
    return {
      ok: false,
      status: 0,
      error: { code: "offline", message: "You seem to be offline. Check your connection and try again." },
    };
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
