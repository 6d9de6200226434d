"use client";

import { useEffect, useState } from "react";
import { takeLeaveNotice } from "@/client/leave-notices";

/**
 * Says that leaving worked (account deleted, signed out) on the page the person lands on,
 * then takes the parameter out of the address, so a reload or a shared link does not say it again.
 */
export function LeaveNotice() {
  const [text, setText] = useState<string | null>(null);

  useEffect(() => {
    const notice = takeLeaveNotice(new URL(window.location.href));
    if (!notice) return;
    setText(notice.text);
    // Next.js follows replaceState (its router's address, useSearchParams) only once the
    // router's own effects, which run after this child's, have taken it over; and only
    // when the state passed is not its own
    const later = setTimeout(() => window.history.replaceState(null, "", notice.rest), 0);
    return () => clearTimeout(later);
  }, []);

  // the live region is there from the start, so filling it is announced
  return (
    <div role="status" className="leave-notice">
      {text ? <p className="notice-info">{text}</p> : null}
    </div>
  );
}
