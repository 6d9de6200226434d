"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import { api } from "@/client/api";
import { queueAllLocalBoards } from "@/client/boards";
import { queueAllLocalLikes } from "@/client/likes";
import { saveToken, useHydrated } from "@/client/session";
import { CodeBoxes, EMPTY_CODE, isComplete } from "./CodeBoxes";

/** `challenge` is what the code request answered: verifying that code needs it, and a new code replaces it. */
type Step = { name: "email" } | { name: "code"; email: string; challenge: string };
type Message = { kind: "error" | "info"; text: string };

const AGE_QUESTION: Message = {
  kind: "info",
  text: "No account uses this email yet. mjpro is for people 16 or older: confirm it to create yours.",
};
const AGE_NOT_CONFIRMED: Message = {
  kind: "error",
  text: "Tick “I am 16 or older” to create your account.",
};

/** "0:59", "4:05", "2:00:00": a countdown people read at a glance. */
function waitText(seconds: number): string {
  const clock = `${Math.floor(seconds / 60) % 60}:${String(seconds % 60).padStart(2, "0")}`;
  if (seconds < 3600) return clock;
  return `${Math.floor(seconds / 3600)}:${clock.padStart(5, "0")}`;
}

/**
 * Email → 6-digit code → signed in. The token goes to localStorage, nowhere else.
 * Only a person with no account is asked to confirm being 16 or older, once: the server
 * says so for a right code without using it up, so the typed code stays and is sent again.
 */
export function SignInFlow({ next }: { next: string }) {
  const [step, setStep] = useState<Step>({ name: "email" });
  const [email, setEmail] = useState("");
  const hydrated = useHydrated();
  const [needsAge, setNeedsAge] = useState(false);
  const [ageConfirmed, setAgeConfirmed] = useState(false);
  const ageBox = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState(EMPTY_CODE);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [resendIn, setResendIn] = useState(0);

  useEffect(() => {
    if (resendIn <= 0) return;
    const timer = setTimeout(() => setResendIn((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [resendIn]);

  // the question appears where the person is looking, while the code they typed stays in its boxes
  useEffect(() => {
    if (needsAge) ageBox.current?.focus();
  }, [needsAge]);

  async function sendCode(address: string) {
    const resending = step.name === "code";
    setBusy(true);
    setMessage(null);
    const result = await api<{ challenge: string; resendAfterSeconds: number }>("/api/auth/code", {
      method: "POST",
      body: { email: address },
    });
    setBusy(false);
    if (!result.ok) {
      if (result.error.retryAfterSeconds) setResendIn(result.error.retryAfterSeconds);
      setMessage({ kind: "error", text: result.error.message });
      return;
    }
    setResendIn(result.data.resendAfterSeconds);
    setCode(EMPTY_CODE);
    setStep({ name: "code", email: address, challenge: result.data.challenge });
    setMessage({
      kind: "info",
      text: resending
        ? `We sent a new code to ${address}. Use the newest mail: an earlier code no longer works here.`
        : `We sent a 6-digit code to ${address}. It works for 10 minutes.`,
    });
  }

  async function verify(sent: { email: string; challenge: string }, digits: string, confirmed: boolean) {
    setBusy(true);
    setMessage(null);
    const result = await api<{ token: string }>("/api/auth/verify", {
      method: "POST",
      body: { email: sent.email, challenge: sent.challenge, code: digits, ageConfirmed: confirmed },
    });
    setBusy(false);
    if (result.ok) {
      saveToken(result.data.token);
      // likes and boards made before signing in join the account
      queueAllLocalLikes();
      queueAllLocalBoards();
      window.location.assign(next);
      return;
    }
    if (result.error.code === "age_confirmation_required") {
      setNeedsAge(true);
      setMessage(AGE_QUESTION);
      return;
    }
    setCode(EMPTY_CODE);
    setMessage({ kind: "error", text: result.error.message });
  }

  // read from the form itself, not from state: what was typed before the page finished
  // loading (hydrating) is in the inputs but not in React's state
  const onEmail = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    setEmail(address);
    await sendCode(address);
  };

  const onCode = async (event: FormEvent) => {
    event.preventDefault();
    if (step.name !== "code" || !isComplete(code) || busy) return;
    if (needsAge && !ageConfirmed) {
      setMessage(AGE_NOT_CONFIRMED);
      ageBox.current?.focus();
      return;
    }
    await verify(step, code, needsAge && ageConfirmed);
  };

  if (step.name === "email") {
    return (
      <form className="auth-form" onSubmit={onEmail} noValidate={false}>
        <label className="field">
          Email
          <input
            className="input"
            type="email"
            name="email"
            autoComplete="email"
            required
            maxLength={254}
            defaultValue={email}
          />
        </label>
        {/* disabled until the page has loaded: before that a submit would put the address in the URL */}
        <button type="submit" className="button" disabled={busy || !hydrated}>
          {busy ? "Sending…" : "Send code"}
        </button>
        {message ? (
          <p className={message.kind === "error" ? "form-error" : "form-info"} role="alert">
            {message.text}
          </p>
        ) : null}
      </form>
    );
  }

  const submitLabel = needsAge ? "Create my account" : "Sign in";
  const ageError = message === AGE_NOT_CONFIRMED;
  return (
    <form className="auth-form" onSubmit={onCode}>
      <p className="form-info" role="status">
        {message?.kind === "info"
          ? message.text
          : needsAge
            ? AGE_QUESTION.text
            : `Enter the code we sent to ${step.email}.`}
      </p>
      <CodeBoxes
        value={code}
        onChange={(value) => {
          setCode(value);
          if (isComplete(value) && !busy && (!needsAge || ageConfirmed))
            void verify(step, value, needsAge && ageConfirmed);
        }}
        busy={busy}
        errorId={message?.kind === "error" && !ageError ? "code-error" : undefined}
      />
      {needsAge ? (
        <label className="checkbox">
          <input
            ref={ageBox}
            type="checkbox"
            checked={ageConfirmed}
            aria-describedby={ageError ? "code-error" : undefined}
            onChange={(event) => setAgeConfirmed(event.target.checked)}
          />
          I am 16 or older
        </label>
      ) : null}
      {message?.kind === "error" ? (
        <p className="form-error" role="alert" id="code-error">
          {message.text}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy || !isComplete(code)}>
        {busy ? "Checking…" : submitLabel}
      </button>
      <div className="auth-secondary">
        <button
          type="button"
          className="link-button"
          disabled={resendIn > 0 || busy}
          onClick={() => void sendCode(step.email)}
        >
          {resendIn > 0 ? `Resend code in ${waitText(resendIn)}` : "Resend code"}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setStep({ name: "email" });
            setNeedsAge(false);
            setAgeConfirmed(false);
            setMessage(null);
          }}
        >
          Use another email
        </button>
      </div>
    </form>
  );
}
