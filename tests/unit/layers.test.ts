import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

/** Lints a file written at `file` (inside src/, where the layer rules apply) and returns what Biome said. */
function lintAt(files: Record<string, string>): string {
  const written = Object.entries(files).map(([file, text]) => {
    const at = path.join(ROOT, file);
    writeFileSync(at, text);
    return at;
  });
  try {
    execFileSync(path.join(ROOT, "node_modules/.bin/biome"), ["lint", ...written], {
      cwd: ROOT,
      stdio: "pipe",
    });
    return "";
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    return `${stdout ?? ""}${stderr ?? ""}`;
  } finally {
    for (const at of written) rmSync(at, { force: true });
  }
}

describe("layers, enforced by lint (biome.json overrides)", () => {
  it("fails a wrong import with the arrow it breaks", () => {
    const probe = `layer-probe-${process.pid}.ts`;
    const said = lintAt({
      [`src/domain/${probe}`]:
        'import type { StyleView } from "@/services/styles/present";\nexport type A = StyleView;\n',
      [`src/adapters/${probe}`]:
        'import type { CatalogContext } from "../services/context";\nexport type B = CatalogContext;\n',
      [`src/ui/${probe}`]: 'import type { Store } from "@/adapters/store/port";\nexport type C = Store;\n',
      [`src/services/${probe}`]: 'import Stripe from "stripe";\nexport const d = Stripe;\n',
    });
    expect(said).toContain("src/domain is pure");
    expect(said).toContain("Adapters import no service");
    expect(said).toContain("Browser-side code (ui, client) imports no service, adapter or server module");
    expect(said).toContain("live in src/adapters/ only: reach them through a port");
  });

  it("lets each layer import what it may", () => {
    const probe = `layer-probe-ok-${process.pid}.ts`;
    const said = lintAt({
      [`src/services/${probe}`]:
        'import type { Store } from "@/adapters/store/port";\nexport type E = Store;\n',
      [`src/adapters/${probe}`]: 'import Stripe from "stripe";\nexport const f = Stripe;\n',
    });
    expect(said).not.toContain("noRestrictedImports");
  });
});
