"use client";

import { useToken } from "@/client/session";

/** "Sign in" for visitors, "Account" once signed in (the token is only known in the browser). */
export function AccountLink() {
  const token = useToken();
  return token ? (
    <a href="/account" className="account-link">
      Account
    </a>
  ) : (
    <a href="/signin" className="account-link">
      Sign in
    </a>
  );
}
