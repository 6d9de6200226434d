"use client";

import { useEffect, useRef, useState } from "react";
import { api } from "@/client/api";
import type { Me } from "@/client/plan";
import { clearLocalData, signOut, useHydrated, useToken } from "@/client/session";
import { formatDate } from "../billing/format";
import { subscriptionLine } from "../billing/subscription-line";
import { DataRights } from "./DataRights";

type State = { name: "loading" } | { name: "ready"; me: Me } | { name: "error"; message: string };

/** The signed-in person's account: email, plan, and the two ways to sign out. */
export function AccountPanel() {
  const token = useToken();
  const hydrated = useHydrated();
  const [state, setState] = useState<State>({ name: "loading" });
  const [signedOutEverywhere, setSignedOutEverywhere] = useState(false);
  const signedOutNote = useRef<HTMLParagraphElement>(null);

  // the button pressed is gone with the panel: focus goes to what replaced it, not to the page
  useEffect(() => {
    if (signedOutEverywhere) signedOutNote.current?.focus();
  }, [signedOutEverywhere]);

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    void api<Me>("/api/me", { auth: true }).then((result) => {
      if (cancelled) return;
      setState(
        result.ok ? { name: "ready", me: result.data } : { name: "error", message: result.error.message },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [token]);

  if (!hydrated) return <p className="account-panel">Loading your account…</p>;
  if (!token) {
    return (
      <div className="account-panel">
        {signedOutEverywhere ? (
          <p ref={signedOutNote} tabIndex={-1} role="status">
            You are signed out on every device. Everything mjpro kept in this browser, your likes included,
            was removed; your likes stay in your account.
          </p>
        ) : (
          <p>You are not signed in.</p>
        )}
        <p>
          <a className="button" href="/signin?next=/account">
            Sign in
          </a>
        </p>
      </div>
    );
  }
  if (state.name === "loading") return <p className="account-panel">Loading your account…</p>;
  if (state.name === "error") {
    return (
      <p className="account-panel form-error" role="alert">
        {state.message}
      </p>
    );
  }

  const { me } = state;
  return (
    <div className="account-panel">
      <dl className="account-facts">
        <dt>Email</dt>
        <dd data-testid="account-email">{me.email}</dd>
        <dt>Plan</dt>
        <dd data-testid="account-plan">{me.plan === "pro" ? "Pro" : "Free"}</dd>
        {me.subscription ? (
          <>
            <dt>Subscription</dt>
            <dd data-testid="account-subscription">{subscriptionLine(me.subscription)}</dd>
          </>
        ) : null}
        <dt>Member since</dt>
        <dd>{new Date(me.createdAt).toLocaleDateString("en", { dateStyle: "long" })}</dd>
      </dl>
      {me.deletionScheduledAt ? (
        <p className="account-notice" data-testid="account-deletion">
          Your subscription has ended, so this account and its likes will be deleted on{" "}
          {formatDate(me.deletionScheduledAt)}. Subscribing again keeps it.
        </p>
      ) : null}
      <div className="recipe-actions">
        {me.subscription ? (
          <button
            type="button"
            className="button"
            onClick={async () => {
              const result = await api<{ url: string }>("/api/billing/portal", {
                method: "POST",
                auth: true,
              });
              if (result.ok) window.location.assign(result.data.url);
              else setState({ name: "error", message: result.error.message });
            }}
          >
            Manage billing
          </button>
        ) : null}
        {me.plan === "free" ? (
          <a className="button" href="/pricing">
            Upgrade to Pro
          </a>
        ) : null}
        <button type="button" className="button secondary" onClick={signOut}>
          Sign out
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={async () => {
            const result = await api("/api/auth/signout-all", { method: "POST", auth: true });
            if (result.ok || result.status === 401) {
              clearLocalData();
              setSignedOutEverywhere(true);
            } else setState({ name: "error", message: result.error.message });
          }}
        >
          Sign out everywhere
        </button>
      </div>
      <DataRights />
    </div>
  );
}
