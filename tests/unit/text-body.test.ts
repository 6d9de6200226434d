import { describe, expect, it } from "vitest";
import { textResponse, unreadText } from "@/server/text-body";

describe("textResponse", () => {
  it("reads as its text, with its headers, like any Response", async () => {
    const text = JSON.stringify({ items: ["é", "x".repeat(200_000)] });
    const response = textResponse(text, { status: 201, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.text()).toBe(text);
  });

  it("hands its string over only while the body is unread", async () => {
    const response = textResponse("hello", {});
    expect(unreadText(response)).toBe("hello");
    await response.arrayBuffer();
    expect(unreadText(response)).toBeUndefined();
    expect(unreadText(new Response("other"))).toBeUndefined();
  });
});
