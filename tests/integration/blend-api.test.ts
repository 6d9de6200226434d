import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET as blend } from "@/app/api/blend/route";
import { catalogFileSchema } from "@/domain/catalog/schema";

const catalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
const freeSref = catalog.styles.filter((s) => s.tier === "free" && s.recipe.kind === "sref");
/** Two free sref styles on one model with no --sv disagreement. */
const pair = (() => {
  for (const a of freeSref)
    for (const b of freeSref) {
      if (a.id >= b.id || a.model !== b.model) continue;
      const [sa, sb] = [a.recipe.params.sv, b.recipe.params.sv];
      if (sa === undefined || sb === undefined || sa === sb) return [a, b] as const;
    }
  throw new Error("no two free sref styles blend in the demo catalog");
})();

async function get(query: string) {
  const response = await blend(new Request(`http://localhost/api/blend${query}`));
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe("GET /api/blend", () => {
  it("blends free sref styles by weight into one recipe, for anyone", async () => {
    const [a, b] = pair;
    const { status, body } = await get(`?s=${a.id}:3,${b.id}`);
    expect(status).toBe(200);
    expect(body.recipe.text).toMatch(/^--sref /);
    const code = (a.recipe.kind === "sref" ? (a.recipe.codes[0] ?? "") : "").split("::")[0];
    expect(body.recipe.text).toContain(`${code}::`);
    expect(body.styles.map((s: { id: string; weight: number }) => [s.id, s.weight])).toEqual([
      [a.id, 3],
      [b.id, 1],
    ]);
  });

  it("never gives a visitor a Pro code: a Pro style in the blend is a 403", async () => {
    const pro = catalog.styles.find(
      (s) => s.tier === "pro" && s.recipe.kind === "sref" && s.model === pair[0].model,
    );
    if (!pro) throw new Error("no Pro sref style in the demo catalog");
    const { status, body } = await get(`?s=${pair[0].id},${pro.id}`);
    expect(status).toBe(403);
    expect(JSON.stringify(body)).not.toContain(
      pro.recipe.kind === "sref" ? (pro.recipe.codes[0] ?? "x").split("::")[0] : "x",
    );
  });

  it("refuses styles of different models with 422 and the reason", async () => {
    const other = freeSref.find((s) => s.model !== pair[0].model);
    if (!other) throw new Error("demo catalog has one model only");
    const { status, body } = await get(`?s=${pair[0].id},${other.id}`);
    expect(status).toBe(422);
    expect(body.error.code).toBe("cannot_blend");
    expect(body.error.message).toContain("different models");
  });

  it.each([
    ["", "s is required"],
    [`?s=${"sty_aaaaaa"}`, "2 to 4 styles"],
    ["?s=sty_aaaaaa:11,sty_bbbbbb", "weight 1-10"],
    ["?s=sty_aaaaaa,sty_aaaaaa", "each style may appear once"],
    ["?s=x,y", "like sty_abc123:2"],
  ])("answers 400 for %s", async (query, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });

  it("answers 404 for an unknown style", async () => {
    expect((await get(`?s=${pair[0].id},sty_zzzzzzzz`)).status).toBe(404);
  });
});
