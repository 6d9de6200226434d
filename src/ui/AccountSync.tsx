"use client";

import { useEffect } from "react";
import { flushBoards } from "@/client/boards";
import { flushLikes } from "@/client/likes";
import { useToken } from "@/client/session";

/** Keeps this browser's likes and boards in step with the account: on load, on focus, and when back online. */
export function AccountSync() {
  const token = useToken();
  useEffect(() => {
    if (!token) return;
    const flush = () => {
      void flushLikes();
      void flushBoards();
    };
    flush();
    const sync = () => {
      if (document.visibilityState === "visible") flush();
    };
    window.addEventListener("focus", sync);
    window.addEventListener("online", sync);
    document.addEventListener("visibilitychange", sync);
    // a store outage leaves the queue waiting; try again now and then
    const timer = setInterval(sync, 30_000);
    return () => {
      window.removeEventListener("focus", sync);
      window.removeEventListener("online", sync);
      document.removeEventListener("visibilitychange", sync);
      clearInterval(timer);
    };
  }, [token]);
  return null;
}
