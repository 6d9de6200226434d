import type { Store } from "@/adapters/store/port";

export type StoreHealth = "ok" | "unavailable";

/**
 * Whether the store answers one cheap command (a ping) within `timeoutMs`. Never throws:
 * a store that cannot even be opened, errs or answers late is "unavailable".
 */
export async function checkStore(openStore: () => Store, input: { timeoutMs: number }): Promise<StoreHealth> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<StoreHealth>((resolve) => {
    timer = setTimeout(() => resolve("unavailable"), input.timeoutMs);
  });
  const answered = (async (): Promise<StoreHealth> => {
    await openStore().ping();
    return "ok";
  })().catch((): StoreHealth => "unavailable");
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}
