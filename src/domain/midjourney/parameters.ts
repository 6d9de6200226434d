/**
 * Midjourney's prompt parameters as a person types them: each one's name, the spellings
 * Midjourney takes for it, and the shape of its value. Which model takes which parameter,
 * and which values, is the model table (models.ts).
 */

/** What follows a flag. */
export type ParamShape =
  /** a whole or decimal number; the range is the model's */
  | "number"
  /** whole numbers "w:h" */
  | "ratio"
  /** nothing: the flag is a switch */
  | "switch"
  /** free text (`--no text, frames`) */
  | "text"
  /** one or more references: numeric codes, image URLs, `random`, each maybe weighted `::2` */
  | "references"
  /** one or more profile or moodboard codes, or nothing (the default profile) */
  | "profiles"
  /** one word from the model's list (`--style raw`) */
  | "word";

export interface ParamDefinition {
  /** the spellings Midjourney takes, the usual one first */
  flags: readonly [string, ...string[]];
  shape: ParamShape;
  /**
   * A setting of how a job runs, not of how it looks (speed, repeats, drafts): accepted in
   * an image's prompt, never part of a recipe.
   */
  job?: true;
}

export const PARAMETERS = {
  ar: { flags: ["--ar", "--aspect"], shape: "ratio" },
  chaos: { flags: ["--chaos", "--c"], shape: "number" },
  cref: { flags: ["--cref"], shape: "references" },
  cw: { flags: ["--cw"], shape: "number" },
  draft: { flags: ["--draft"], shape: "switch", job: true },
  exp: { flags: ["--exp"], shape: "number" },
  fast: { flags: ["--fast"], shape: "switch", job: true },
  hd: { flags: ["--hd"], shape: "switch", job: true },
  iw: { flags: ["--iw"], shape: "number" },
  niji: { flags: ["--niji"], shape: "word" },
  no: { flags: ["--no"], shape: "text" },
  oref: { flags: ["--oref"], shape: "references" },
  ow: { flags: ["--ow"], shape: "number" },
  p: { flags: ["--p", "--profile", "--personalize"], shape: "profiles" },
  q: { flags: ["--q", "--quality"], shape: "number" },
  r: { flags: ["--r", "--repeat"], shape: "number", job: true },
  raw: { flags: ["--raw"], shape: "switch" },
  relax: { flags: ["--relax"], shape: "switch", job: true },
  seed: { flags: ["--seed"], shape: "number" },
  sref: { flags: ["--sref"], shape: "references" },
  stop: { flags: ["--stop"], shape: "number" },
  style: { flags: ["--style"], shape: "word" },
  stylize: { flags: ["--stylize", "--s"], shape: "number" },
  sv: { flags: ["--sv"], shape: "number" },
  sw: { flags: ["--sw"], shape: "number" },
  tile: { flags: ["--tile"], shape: "switch" },
  turbo: { flags: ["--turbo"], shape: "switch", job: true },
  v: { flags: ["--v", "--version"], shape: "word" },
  weird: { flags: ["--weird", "--w"], shape: "number" },
} as const satisfies Record<string, ParamDefinition>;

export type ParamName = keyof typeof PARAMETERS;

export const PARAM_NAMES = Object.keys(PARAMETERS) as ParamName[];

const BY_FLAG = new Map<string, ParamName>(
  PARAM_NAMES.flatMap((name) => PARAMETERS[name].flags.map((flag) => [flag, name] as const)),
);

/** The parameter a flag names (`--s` is stylize), or undefined for a flag Midjourney does not have. */
export function paramOfFlag(flag: string): ParamName | undefined {
  return BY_FLAG.get(flag.toLowerCase());
}

/** How a parameter is usually written: `--stylize`. */
export function flagOf(name: ParamName): string {
  return PARAMETERS[name].flags[0];
}

/** The largest numeric style code: codes are 32-bit. */
export const MAX_STYLE_CODE = 4_294_967_295;
