"use client";

import { useEffect, useState } from "react";
import { api } from "./api";
import { useToken } from "./session";

/** What GET /api/me says of the signed-in person. */
export interface Me {
  email: string;
  plan: "free" | "pro";
  createdAt: string;
  subscription: null | {
    status: string;
    interval: "month" | "year";
    currentPeriodEnd: string;
    cancelAtPeriodEnd: boolean;
    endedAt: string | null;
  };
  deletionScheduledAt: string | null;
}

/** One request per token and page load, shared by every component that asks. */
const answers = new Map<string, Promise<Me | null>>();

/**
 * The signed-in person, asked once per token: undefined while not known yet, null when
 * signed out or when the answer did not come.
 */
export function useMe(): Me | null | undefined {
  const token = useToken();
  const [me, setMe] = useState<{ token: string; me: Me | null } | null>(null);
  useEffect(() => {
    if (!token) return;
    let request = answers.get(token);
    if (!request) {
      request = api<Me>("/api/me", { auth: true }).then((r) => (r.ok ? r.data : null));
      answers.set(token, request);
    }
    let cancelled = false;
    void request.then((value) => {
      if (!cancelled) setMe({ token, me: value });
    });
    return () => {
      cancelled = true;
    };
  }, [token]);
  if (!token) return null;
  return me?.token === token ? me.me : undefined;
}

/** The signed-in person's plan: null when signed out, not known yet, or not answered. */
export function usePlan(): "free" | "pro" | null {
  return useMe()?.plan ?? null;
}
