"use client";

import { isModelId, type ModelId } from "@/domain/midjourney/versions";
import { localStore } from "./local-store";

/** The model a person copies for: kept in this browser only, never sent anywhere; "" is "as tested". */
const copyModelStore = localStore<ModelId | "">(
  "mjpro.copy-model",
  (stored) => (stored && isModelId(stored) ? stored : ""),
  "",
);

/** The model this browser copies for; "" (as tested) on the server and during hydration. */
export const useCopyModel = copyModelStore.use;

export function setCopyModel(model: ModelId | ""): void {
  copyModelStore.write(model || null);
}
