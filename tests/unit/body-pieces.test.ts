import { describe, expect, it } from "vitest";
import { piecesResponse, unreadPieces } from "@/server/body-pieces";

describe("piecesResponse", () => {
  it("reads as its pieces joined, with its headers, like any Response", async () => {
    const pieces = [
      Buffer.from('{"items":["é",'),
      Buffer.from(`"${"x".repeat(200_000)}"`),
      Buffer.from("]}"),
    ];
    const response = piecesResponse(pieces, { status: 201, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.text()).toBe(Buffer.concat(pieces).toString());
  });

  it("hands its pieces over only while the body is unread", async () => {
    const pieces = [Buffer.from("hello")];
    const response = piecesResponse(pieces, {});
    expect(unreadPieces(response)).toBe(pieces);
    await response.arrayBuffer();
    expect(unreadPieces(response)).toBeUndefined();
    expect(unreadPieces(new Response("other"))).toBeUndefined();
  });
});
