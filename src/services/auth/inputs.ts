import { z } from "zod";

/** An email address as typed: trimmed and lower-cased, as every lookup expects it. */
export const emailInput = z
  .string({ error: "email must be a string" })
  .trim()
  .toLowerCase()
  .max(254, "email must be at most 254 characters")
  .pipe(z.email({ error: "email must be a valid email address" }));

export const requestCodeInput = z.strictObject({
  email: emailInput,
  /** accepted here too, so one form can send it; it matters at verification */
  ageConfirmed: z.boolean({ error: "ageConfirmed must be true or false" }).optional(),
});

export const verifyCodeInput = z.strictObject({
  email: emailInput,
  challenge: z
    .string({ error: "challenge must be the string the code request answered" })
    .regex(/^[A-Za-z0-9_-]{22,64}$/, "challenge must be the string the code request answered"),
  code: z.string({ error: "code must be a string" }).regex(/^\d{6}$/, "code must be 6 digits"),
  ageConfirmed: z.boolean({ error: "ageConfirmed must be true or false" }).optional(),
});
