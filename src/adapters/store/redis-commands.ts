import type { Redis } from "ioredis";
import {
  BUMP_VERSION,
  CLAIM_MAIL,
  COMPARE_AND_SET,
  CONSUME_CODE,
  COUNT_ATTEMPT,
  MERGE_BOARDS,
  MERGE_LIKES,
  PUT_CODE,
  RECORD_EVENT,
  RETRY_MAIL,
  SETTLE_MAIL,
} from "./redis-scripts";

/** The Lua scripts, each sent once and then run by its SHA1 (EVALSHA); ioredis sends it again if Redis lost it. */
const SCRIPTS = {
  bumpVersion: BUMP_VERSION,
  putCode: PUT_CODE,
  countAttempt: COUNT_ATTEMPT,
  consumeCode: CONSUME_CODE,
  compareAndSet: COMPARE_AND_SET,
  mergeLikes: MERGE_LIKES,
  mergeBoards: MERGE_BOARDS,
} as const;
export type ScriptName = keyof typeof SCRIPTS;
type ScriptCommand = (key: string, ...args: string[]) => Promise<unknown>;

/** The scripts that touch several keys (all in one hash slot); the caller says how many. */
const MULTI_KEY_SCRIPTS = {
  recordEvent: RECORD_EVENT,
  claimMail: CLAIM_MAIL,
  settleMail: SETTLE_MAIL,
  retryMail: RETRY_MAIL,
} as const;
export type MultiKeyScriptName = keyof typeof MULTI_KEY_SCRIPTS;
type MultiKeyScriptCommand = (numberOfKeys: number, ...keysThenArgs: string[]) => Promise<unknown>;

export function multiKeyScriptRunner(redis: Redis) {
  for (const [name, lua] of Object.entries(MULTI_KEY_SCRIPTS)) redis.defineCommand(name, { lua });
  const commands = redis as unknown as Record<MultiKeyScriptName, MultiKeyScriptCommand>;
  return (name: MultiKeyScriptName, keys: readonly string[], args: readonly string[]) =>
    commands[name].call(redis, keys.length, ...keys, ...args);
}

/**
 * Runs a script on one key. Sending the whole script with EVAL on every like was the
 * largest single cost of the likes route (about 35 µs of CPU per request, writing it out).
 */
export function scriptRunner(redis: Redis) {
  for (const [name, lua] of Object.entries(SCRIPTS)) redis.defineCommand(name, { numberOfKeys: 1, lua });
  // defineCommand adds the methods at run time; ioredis's types cannot know their names
  const commands = redis as unknown as Record<ScriptName, ScriptCommand>;
  return (name: ScriptName, key: string, ...args: string[]) => commands[name].call(redis, key, ...args);
}
