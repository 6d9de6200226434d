import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
/** tsx from this project's own node_modules: what `npm run …` runs, without npx finding it first each time. */
const TSX = path.resolve("node_modules/.bin/tsx");

export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs an operator script (`scripts/…`) as its npm command does, with `env` as its whole environment. */
export async function runOperatorScript(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<ScriptResult> {
  try {
    const { stdout, stderr } = await run(TSX, ["--conditions=react-server", script, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout: string; stderr: string };
    // an exit code is the script's answer; anything else (no tsx, a signal) is the test's own failure
    if (typeof failed.code !== "number") throw error;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
