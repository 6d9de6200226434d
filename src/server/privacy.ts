import "server-only";
import { getCatalog } from "./catalog";
import { getEnv } from "./env";
import { getPayments } from "./payments";
import { getAuthKeys } from "./secrets";
import { getStore } from "./store";
import { authLimits } from "./test-settings";

/** What deleting an account needs: the store, the payment provider (to end a subscription), the email key and the catalog (whose styles its likes counted for). */
export function privacyContext() {
  return {
    store: getStore(),
    payments: getPayments(),
    hmacKey: getAuthKeys().hmacKey,
    limits: authLimits(getEnv()),
    catalog: getCatalog(),
  };
}
