"use client";

import { useId } from "react";
import { setCopyModel, useCopyModel } from "@/client/copy-model";
import { DEFAULT_MODEL, isModelId, MODELS_NEWEST_FIRST } from "@/domain/midjourney/versions";

/** "Copy for": the model every Copy writes recipes for, remembered in this browser only. */
export function ModelPicker({ className = "" }: { className?: string }) {
  const model = useCopyModel();
  const id = useId();
  return (
    <div className={`model-picker ${className}`}>
      <label htmlFor={id}>Copy for</label>
      <select
        id={id}
        className="input"
        value={model}
        onChange={(event) => {
          const value = event.target.value;
          setCopyModel(isModelId(value) ? value : "");
        }}
      >
        <option value="">The model it was tested on</option>
        {MODELS_NEWEST_FIRST.map((row) => (
          <option key={row.id} value={row.id}>
            {row.label}
            {row.id === DEFAULT_MODEL.id ? " (Midjourney's default)" : ""}
          </option>
        ))}
      </select>
    </div>
  );
}
