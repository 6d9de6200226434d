import type { z } from "zod";

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a set of fields",
};

/** zod's own wording (as opposed to a message the schema wrote for people) */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Expected|Unrecognized|Number must|String must)/;

/**
 * A schema problem in plain words for the person who wrote the file: "is missing",
 * "must be a number", "must be one of: …", never a regular expression or zod's phrasing.
 * Parse with `reportInput: true` so a missing field can be told from a wrong one.
 */
export function plainIssue(issue: z.core.$ZodIssue): string {
  if (!ZOD_WORDING.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is missing";
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "array") return `needs at least ${min} item${min === 1 ? "" : "s"}`;
      if (issue.origin === "string")
        return min <= 1 ? "must not be empty" : `must be ${min} characters or more`;
      return `must be ${min} or more`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "array") return `takes at most ${max} item${max === 1 ? "" : "s"}`;
      if (issue.origin === "string") return `must be ${max} characters or fewer`;
      return `must be ${max} or less`;
    }
    case "invalid_value":
      return `must be one of: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return `unknown field ${issue.keys.join(", ")}`;
    case "invalid_union":
      return "discriminator" in issue && issue.discriminator === "kind"
        ? "must be one of: sref, moodboard, prompt"
        : "is not in a form this field takes";
    case "invalid_format":
      return issue.format === "datetime" || issue.format === "date"
        ? "must be a date (2026-11-20) or a date and time (2026-11-20T09:00:00Z)"
        : "is not in the expected form";
    default:
      return "is not a value this field takes";
  }
}
