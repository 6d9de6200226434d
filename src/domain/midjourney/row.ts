import type { ParamName } from "./parameters";
import type { SourceKey } from "./sources";

/**
 * What one Midjourney model version accepts: one row of the table in models.ts. Every
 * other part of mjpro (import, `catalog validate`, blends, Copy, search's "works on")
 * reads these rows, so a new model is one row.
 */

/** A number in a range; `whole` when only whole numbers are taken. */
export interface NumberRange {
  min: number;
  max: number;
  whole?: true;
}

/** How a model takes a parameter: a range, a list of values, or `true` for any value of its shape. */
export type ParamRule = NumberRange | { values: readonly (number | string)[] } | true;

/** A page the row's facts come from, and when it was read. */
export interface Source {
  url: string;
  /** Midjourney's own page, or a third party's that quotes or tested it */
  by: "Midjourney" | "third party";
  /** the day it was read, YYYY-MM-DD */
  read: string;
  /** what it says that the row relies on, in a few words */
  says: string;
}

/** A style-reference version (`--sv`) that was the default from a day on. */
export interface DefaultVersion {
  since: string;
  version: number;
}

/** How a model reads style references; the `--sv` and `--sw` values it takes are its params. */
export interface StyleReferenceRules {
  /** the `--sv` values that read numeric codes (the others take image URLs only) */
  codeVersions: readonly number[];
  /**
   * Which `--sv` applied when a prompt named none, from which day; empty when the model
   * reads numeric codes only with an `--sv` written out.
   */
  defaults: readonly DefaultVersion[];
  /** each reference weighted on its own (`--sref 123::2 456::1`) */
  perReferenceWeights: boolean;
}

export interface ModelRow {
  /** mjpro's id, as the catalog and URLs write it: "v8.2", "niji7" */
  id: string;
  /** as people say it: "V8.2", "Niji 7" */
  label: string;
  /** the flag that picks it and its value: `--v 8.2`, `--niji 7` */
  flag: "--v" | "--niji";
  value: string;
  /** the day it came out (an alpha counts) */
  released: string;
  /** the day it became the default model for new prompts, if it ever did */
  defaultSince?: string;
  /** offered in Midjourney's version picker today and worth copying for */
  current: boolean;
  /** absent: the model reads no style references (`--sref`) */
  styleReferences?: StyleReferenceRules;
  /** absent: the model reads no profile or moodboard codes (`--p`); else whose codes it reads */
  profiles?: { reads: readonly string[] };
  /** every parameter the model takes, with its values; one left out is one it does not take */
  params: Readonly<Partial<Record<ParamName, ParamRule>>>;
  /**
   * Parameters sources disagree on for this model: accepted in an image's prompt (someone
   * ran it), never written into a recipe or a Copy.
   */
  disputed?: Readonly<Partial<Record<ParamName, ParamRule>>>;
  /** keys of the pages its facts come from (sources.ts) */
  sources: readonly SourceKey[];
  /** where sources disagree or say nothing, the reading taken and why */
  caution?: string;
}
