import { MODEL_TABLE } from "./models";
import type { ModelRow } from "./row";

/** The model versions of the table, by mjpro's id: "v8.2", "niji7". */
export type ModelId = (typeof MODEL_TABLE)[number]["id"];

const ROWS: readonly ModelRow[] = MODEL_TABLE;

export const MODEL_IDS = ROWS.map((row) => row.id) as [ModelId, ...ModelId[]];

/** Newest first, as a picker lists them. */
export const MODELS_NEWEST_FIRST: readonly ModelRow[] = [...ROWS].sort((a, b) =>
  b.released.localeCompare(a.released),
);

/** The models offered today, newest first. */
export const CURRENT_MODELS: readonly ModelRow[] = MODELS_NEWEST_FIRST.filter((row) => row.current);

export function isModelId(id: string): id is ModelId {
  return ROWS.some((row) => row.id === id);
}

export function modelRow(id: ModelId): ModelRow {
  const row = ROWS.find((r) => r.id === id);
  if (!row) throw new Error(`no model ${id} in the table`);
  return row;
}

export function findModelRow(id: string): ModelRow | undefined {
  return ROWS.find((row) => row.id === id);
}

/** Midjourney's default model for new prompts: the row that became the default last. */
export const DEFAULT_MODEL: ModelRow = ROWS.reduce((latest, row) =>
  (row.defaultSince ?? "") > (latest.defaultSince ?? "") ? row : latest,
);

/** "V8.2", "Niji 7"; an id the table lacks is returned as it is. */
export function modelLabel(id: string): string {
  return findModelRow(id)?.label ?? id;
}

/**
 * A model as people write it: "v7", "V7", "7", "5.2", "--v 6.1", "niji 6", "Niji7",
 * "--niji 7". Undefined for anything the table lacks.
 */
export function parseModel(text: string): ModelId | undefined {
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/^--?/, "")
    .replace(/^(version|v)\s*/, "v")
    .replace(/^niji\s*/, "niji");
  if (cleaned === "niji") return modelOfFlag("--niji", "")?.id as ModelId | undefined;
  const id = /^\d/.test(cleaned) ? `v${cleaned}` : cleaned;
  const exact = ROWS.find((row) => row.id === id);
  // "8.0" and "v7.0" name the same versions as "8" and "7"
  return (exact ?? ROWS.find((row) => row.id === id.replace(/\.0$/, "")))?.id as ModelId | undefined;
}

/**
 * The row a prompt's own `--v 7` or `--niji 6` picks, or undefined when no row has it; a
 * bare `--niji` is the newest Niji.
 */
export function modelOfFlag(flag: "--v" | "--niji", value: string): ModelRow | undefined {
  const wanted = value.trim().replace(/\.0$/, "");
  if (flag === "--niji" && wanted === "") return MODELS_NEWEST_FIRST.find((row) => row.flag === "--niji");
  return ROWS.find((row) => row.flag === flag && row.value === wanted);
}
