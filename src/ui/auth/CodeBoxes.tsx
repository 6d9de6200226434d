"use client";

import { type ClipboardEvent, type KeyboardEvent, useRef } from "react";

const LENGTH = 6;

/**
 * Six single-digit boxes that behave like one field: typing moves on, Backspace moves
 * back, and pasting (or the phone's one-time-code autofill) fills them all.
 */
export function CodeBoxes({
  value,
  onChange,
  disabled,
  invalid,
}: {
  value: string;
  onChange: (code: string) => void;
  disabled?: boolean;
  invalid?: boolean;
}) {
  const boxes = useRef<(HTMLInputElement | null)[]>([]);
  const digits = Array.from({ length: LENGTH }, (_, i) => value[i] ?? "");

  const fill = (start: number, text: string) => {
    const incoming = text.replace(/\D/g, "");
    if (!incoming) return;
    const next = [...digits];
    for (let i = 0; i < incoming.length && start + i < LENGTH; i++) next[start + i] = incoming[i] ?? "";
    onChange(next.join(""));
    boxes.current[Math.min(start + incoming.length, LENGTH - 1)]?.focus();
  };

  const setDigit = (index: number, digit: string) => {
    const next = [...digits];
    next[index] = digit;
    onChange(next.join(""));
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
    <fieldset className="code-boxes" aria-invalid={invalid || undefined}>
      <legend className="visually-hidden">6-digit code</legend>
      {digits.map((digit, index) => (
        <input
          // biome-ignore lint/suspicious/noArrayIndexKey: the six boxes are positions, not items
          key={index}
          ref={(element) => {
            boxes.current[index] = element;
          }}
          value={digit}
          onChange={(event) => {
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
          disabled={disabled}
        />
      ))}
    </fieldset>
  );
}
