"use client";

import { useEffect, useState } from "react";
import { takeLeaveNotice } from "@/client/leave-notices";

type Notice = { text: string; rest: string; shown: boolean };

/**
 * Says that leaving worked (account deleted, signed out) on the page the person lands on,
 * then takes the parameter out of the address, so a reload or a shared link does not say it again.
 */
export function LeaveNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    const found = takeLeaveNotice(new URL(window.location.href));
    if (found) setNotice({ ...found, shown: false });
  }, []);

  // the empty live region is on the page before its text, so screen readers announce the text;
  // and Next.js follows replaceState (its router's address, useSearchParams) only once its
  // router's effects, which run after this child's, have taken it over, and only when the
  // state passed is not its own
  useEffect(() => {
    if (!notice || notice.shown) return;
    const later = setTimeout(() => {
      setNotice({ ...notice, shown: true });
      window.history.replaceState(null, "", notice.rest);
    }, 0);
    return () => clearTimeout(later);
  }, [notice]);

  // nothing at all on other pages, so the server's markup is the same with or without the parameter
  if (!notice) return null;
  return (
    <div role="status" className="leave-notice">
      {notice.shown ? <p className="notice-info">{notice.text}</p> : null}
    </div>
  );
}
