"use client";

import { type ClipboardEvent, type KeyboardEvent, useEffect, useRef } from "react";

const LENGTH = 6;

/** The code as six slots: a space marks an empty box, so clearing one never shifts the others. */
export const EMPTY_CODE = " ".repeat(LENGTH);
export const isComplete = (slots: string) => /^\d{6}$/.test(slots);

/**
 * Six single-digit boxes that behave like one field: typing moves on (over a digit
 * already there, too), Backspace moves back, and pasting or the phone's one-time-code
 * autofill fills them all.
 */
export function CodeBoxes({
  value,
  onChange,
  busy,
  errorId,
}: {
  value: string;
  onChange: (code: string) => void;
  /** boxes stay focusable while a check runs (disabling them would drop focus) */
  busy?: boolean;
  /** id of the error message, when there is one */
  errorId?: string;
}) {
  const boxes = useRef<(HTMLInputElement | null)[]>([]);
  const digits = Array.from({ length: LENGTH }, (_, i) => (value[i] ?? " ").trim());

  // on showing, and after an error clears the boxes, the first empty box takes focus
  useEffect(() => {
    if (value === EMPTY_CODE) boxes.current[0]?.focus();
  }, [value]);

  const fill = (start: number, text: string) => {
    const incoming = text.replace(/\D/g, "");
    if (!incoming) return;
    const next = [...digits];
    for (let i = 0; i < incoming.length && start + i < LENGTH; i++) next[start + i] = incoming[i] ?? "";
    onChange(next.map((d) => d || " ").join(""));
    boxes.current[Math.min(start + incoming.length, LENGTH - 1)]?.focus();
  };

  const setDigit = (index: number, digit: string) => {
    const next = [...digits];
    next[index] = digit;
    onChange(next.map((d) => d || " ").join(""));
  };

  const onKeyDown = (index: number, event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Backspace" && !digits[index] && index > 0) {
      event.preventDefault();
      setDigit(index - 1, "");
      boxes.current[index - 1]?.focus();
    } else if (event.key === "ArrowLeft" && index > 0) {
      boxes.current[index - 1]?.focus();
    } else if (event.key === "ArrowRight" && index < LENGTH - 1) {
      boxes.current[index + 1]?.focus();
    }
  };

  const onPaste = (index: number, event: ClipboardEvent<HTMLInputElement>) => {
    event.preventDefault();
    fill(index, event.clipboardData.getData("text"));
  };

  return (
    <fieldset className="code-boxes">
      <legend className="visually-hidden">6-digit code</legend>
      {digits.map((digit, index) => (
        <input
          // biome-ignore lint/suspicious/noArrayIndexKey: the six boxes are positions, not items
          key={index}
          ref={(element) => {
            boxes.current[index] = element;
          }}
          value={digit}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            // focus selects the box, so typing replaces its digit; autofill or a paste brings several
            const typed = event.target.value.replace(/\D/g, "");
            if (typed.length > 1) {
              fill(index, typed);
              return;
            }
            setDigit(index, typed);
            if (typed && index < LENGTH - 1) boxes.current[index + 1]?.focus();
          }}
          onKeyDown={(event) => onKeyDown(index, event)}
          onPaste={(event) => onPaste(index, event)}
          inputMode="numeric"
          autoComplete={index === 0 ? "one-time-code" : "off"}
          pattern="[0-9]*"
          maxLength={index === 0 ? LENGTH : 1}
          aria-label={`Digit ${index + 1} of ${LENGTH}`}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          readOnly={busy}
        />
      ))}
    </fieldset>
  );
}
