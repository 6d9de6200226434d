"use client";

import { useId } from "react";
import { setSubject, useSubject } from "@/client/subject";
import { MAX_SUBJECT_LENGTH } from "@/domain/catalog/recipe";

/** "Your subject": what every Copy puts in front of a recipe, remembered in this browser only. */
export function SubjectBox({ className = "" }: { className?: string }) {
  const subject = useSubject();
  const id = useId();
  return (
    <div className={`subject-box ${className}`}>
      <label htmlFor={id}>Your subject</label>
      <div className="subject-row">
        <input
          id={id}
          className="input"
          value={subject}
          onChange={(event) => setSubject(event.target.value)}
          placeholder="e.g. a red fox in the snow"
          maxLength={MAX_SUBJECT_LENGTH}
          aria-describedby={`${id}-hint`}
        />
        {subject ? (
          <button type="button" className="button secondary small" onClick={() => setSubject("")}>
            Clear
          </button>
        ) : null}
      </div>
      <p id={`${id}-hint`} className="subject-hint">
        Every Copy puts it in front of the recipe. Kept in this browser only.
      </p>
    </div>
  );
}
