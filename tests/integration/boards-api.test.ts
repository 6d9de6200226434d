import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BOARD_LIMITS } from "@/domain/boards/boards";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { jsonRequest, signInThroughApi } from "../support/api-session";

const dataDir = mkdtempSync(path.join(tmpdir(), "mjpro-boards-api-"));
process.env.DATA_DIR = dataDir;

const codeRoute = await import("@/app/api/auth/code/route");
const verifyRoute = await import("@/app/api/auth/verify/route");
const boardsRoute = await import("@/app/api/boards/route");
const boardRoute = await import("@/app/api/boards/[id]/route");
const boardImageRoute = await import("@/app/api/boards/[id]/images/[imageId]/route");
const syncRoute = await import("@/app/api/boards/sync/route");

const catalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
const [a, b] = catalog.styles.flatMap((s) => s.images.map((i) => i.id)) as [string, string];

interface BoardBody {
  id: string;
  name: string;
  imageIds: string[];
  updatedAt: number;
}

let mine: Record<string, string> = {};
let theirs: Record<string, string> = {};

const create = (name: unknown, auth = mine) => boardsRoute.POST(jsonRequest("POST", { name }, auth));
const list = async (auth = mine) =>
  (await (await boardsRoute.GET(new Request("http://localhost/api/boards", { headers: auth }))).json()) as {
    boards: BoardBody[];
  };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const withImage = (id: string, imageId: string) => ({ params: Promise.resolve({ id, imageId }) });

describe("boards API", () => {
  beforeAll(async () => {
    const routes = { requestCode: codeRoute.POST, verify: verifyRoute.POST };
    mine = { authorization: `Bearer ${await signInThroughApi(dataDir, routes, "boards@example.com")}` };
    theirs = { authorization: `Bearer ${await signInThroughApi(dataDir, routes, "other@example.com")}` };
  });

  it("needs a signed-in person", async () => {
    expect((await boardsRoute.GET(new Request("http://localhost/api/boards"))).status).toBe(401);
    expect((await create("Neon", {})).status).toBe(401);
  });

  it("creates, renames, fills, empties and deletes a board", async () => {
    const created = await create("  Neon   studies ");
    expect(created.status).toBe(201);
    const board = (await created.json()) as BoardBody;
    expect(board).toMatchObject({ name: "Neon studies", imageIds: [] });
    expect(board.id).toMatch(/^brd_[a-z0-9]{16}$/);

    const renamed = await boardRoute.PATCH(
      jsonRequest("PATCH", { name: "Neon nights" }, mine),
      withId(board.id),
    );
    expect(((await renamed.json()) as BoardBody).name).toBe("Neon nights");

    await boardImageRoute.PUT(jsonRequest("PUT", { at: Date.now() - 1000 }, mine), withImage(board.id, a));
    const filled = await boardImageRoute.PUT(jsonRequest("PUT", undefined, mine), withImage(board.id, b));
    expect(((await filled.json()) as BoardBody).imageIds).toEqual([b, a]);
    const unknown = await boardImageRoute.PUT(
      jsonRequest("PUT", undefined, mine),
      withImage(board.id, "img_zzzzzzzz"),
    );
    expect(unknown.status).toBe(404);

    const emptied = await boardImageRoute.DELETE(
      jsonRequest("DELETE", undefined, mine),
      withImage(board.id, b),
    );
    expect(((await emptied.json()) as BoardBody).imageIds).toEqual([a]);
    expect((await list()).boards.find((x) => x.id === board.id)?.imageIds).toEqual([a]);

    const deleted = await boardRoute.DELETE(jsonRequest("DELETE", undefined, mine), withId(board.id));
    expect(deleted.status).toBe(204);
    expect((await list()).boards.some((x) => x.id === board.id)).toBe(false);
    const again = await boardRoute.PATCH(jsonRequest("PATCH", { name: "Back?" }, mine), withId(board.id));
    expect(again.status).toBe(404);
  });

  it("answers 404 for another person's board and changes nothing", async () => {
    const board = (await (await create("Private")).json()) as BoardBody;
    const rename = await boardRoute.PATCH(
      jsonRequest("PATCH", { name: "Mine now" }, theirs),
      withId(board.id),
    );
    const add = await boardImageRoute.PUT(jsonRequest("PUT", undefined, theirs), withImage(board.id, a));
    const remove = await boardRoute.DELETE(jsonRequest("DELETE", undefined, theirs), withId(board.id));
    expect([rename.status, add.status, remove.status]).toEqual([404, 404, 404]);
    expect((await list()).boards.find((x) => x.id === board.id)).toMatchObject({
      name: "Private",
      imageIds: [],
    });
    expect((await list(theirs)).boards).toEqual([]);
  });

  it.each([
    [{ name: "" }, "name must not be empty"],
    [{ name: "   " }, "name must not be empty"],
    [{ name: "x".repeat(61) }, "name must be at most 60 characters"],
    [{ name: 5 }, "name must be text"],
    [{ name: "\uD800 half an emoji" }, "name must be whole characters"],
    [{ name: "ok", extra: 1 }, "extra"],
  ])("refuses %j with a clear 400", async (body, message) => {
    const before = (await list()).boards.length;
    const response = await boardsRoute.POST(jsonRequest("POST", body, mine));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(message);
    expect((await list()).boards.length).toBe(before);
  });

  it("merges a browser's queued actions with its own ids, a stale replay losing to a newer action", async () => {
    const id = "brd_fromthebrowser1";
    const now = Date.now();
    const ops = [
      { op: "name", boardId: id, name: "Made signed out", at: now - 5000 },
      { op: "add", boardId: id, imageId: a, at: now - 4000 },
      { op: "remove", boardId: id, imageId: a, at: now - 3000 },
      { op: "add", boardId: id, imageId: b, at: now - 2000 },
    ];
    const synced = await syncRoute.POST(jsonRequest("POST", { ops }, mine));
    expect(synced.status).toBe(200);
    // the first two again, as a retried request would send them
    await syncRoute.POST(jsonRequest("POST", { ops: ops.slice(0, 2) }, mine));
    expect((await list()).boards.find((x) => x.id === id)).toMatchObject({
      name: "Made signed out",
      imageIds: [b],
    });
    const bad = await syncRoute.POST(
      jsonRequest("POST", { ops: [{ op: "paint", boardId: id, at: 1 }] }, mine),
    );
    expect(bad.status).toBe(400);
  });

  it(`refuses a board past ${BOARD_LIMITS.boards} with a 409 that says so, and keeps the rest`, async () => {
    const have = (await list(theirs)).boards.length;
    const ops = Array.from({ length: BOARD_LIMITS.boards - have }, (_, i) => ({
      op: "name",
      boardId: `brd_limit${String(i).padStart(6, "0")}`,
      name: `Board ${i}`,
      at: Date.now() - 10_000,
    }));
    expect((await syncRoute.POST(jsonRequest("POST", { ops }, theirs))).status).toBe(200);
    const over = await create("One too many", theirs);
    expect(over.status).toBe(409);
    expect(((await over.json()) as { error: { message: string } }).error.message).toContain(
      "at most 100 boards",
    );
    expect((await list(theirs)).boards).toHaveLength(BOARD_LIMITS.boards);
  });
});
