"use client";

import { usePathname, useSearchParams } from "next/navigation";

/** This page's path with its query; follows history.replaceState too, so a removed parameter is gone. */
export function useCurrentPath(): string {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return query ? `${pathname}?${query}` : pathname;
}
