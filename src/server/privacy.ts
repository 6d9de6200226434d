import "server-only";
import { LIMITS } from "@/domain/auth/policy";
import { getPayments } from "./payments";
import { getAuthKeys } from "./secrets";
import { getStore } from "./store";

/** What deleting an account needs: the store, the payment provider (to end a subscription) and the email key. */
export function privacyContext() {
  return { store: getStore(), payments: getPayments(), hmacKey: getAuthKeys().hmacKey, limits: LIMITS };
}
