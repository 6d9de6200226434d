"use client";

import { useEffect, useState } from "react";
import { api } from "./api";
import { useToken } from "./session";

const plans = new Map<string, Promise<"free" | "pro">>();

/** The signed-in person's plan (asked once per token), or null when signed out or not known yet. */
export function usePlan(): "free" | "pro" | null {
  const token = useToken();
  const [plan, setPlan] = useState<"free" | "pro" | null>(null);
  useEffect(() => {
    if (!token) {
      setPlan(null);
      return;
    }
    let request = plans.get(token);
    if (!request) {
      request = api<{ plan: "free" | "pro" }>("/api/me", { auth: true }).then((r) =>
        r.ok ? r.data.plan : "free",
      );
      plans.set(token, request);
    }
    let cancelled = false;
    void request.then((value) => {
      if (!cancelled) setPlan(value);
    });
    return () => {
      cancelled = true;
    };
  }, [token]);
  return plan;
}
