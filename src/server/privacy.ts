import "server-only";
import { LIMITS } from "@/domain/auth/policy";
import { getCatalog } from "./catalog";
import { getPayments } from "./payments";
import { getAuthKeys } from "./secrets";
import { getStore } from "./store";

/** What deleting an account needs: the store, the payment provider (to end a subscription), the email key and the catalog (whose styles its likes counted for). */
export function privacyContext() {
  return {
    store: getStore(),
    payments: getPayments(),
    hmacKey: getAuthKeys().hmacKey,
    limits: LIMITS,
    catalog: getCatalog(),
  };
}
