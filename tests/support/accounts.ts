import { randomUUID } from "node:crypto";
import { localPayments } from "@/adapters/payments/local";
import type { Store, UserRecord } from "@/adapters/store/port";

/** A new account with a fresh random id, stored as sign-in stores it. */
export function newAccount(
  store: Store,
  account: { email?: string; emailKey?: string; createdAt?: number } = {},
): Promise<UserRecord> {
  const id = `usr_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  const createdAt = account.createdAt ?? 0;
  return store.users.create(account.emailKey ?? `key-${id}`, {
    id,
    email: account.email ?? `${id}@example.com`,
    createdAt,
    ageConfirmedAt: createdAt,
    tokenVersion: 0,
  });
}

/** A payment provider that accepts any id and records what it was asked to cancel and delete. */
export function recordingPayments() {
  const cancelled: string[] = [];
  const deletedCustomers: string[] = [];
  const payments = {
    ...localPayments({ now: () => Date.now() }),
    cancelSubscription: async (id: string) => void cancelled.push(id),
    deleteCustomer: async (id: string) => void deletedCustomers.push(id),
  };
  return { payments, cancelled, deletedCustomers };
}
