import { describe, expect, it } from "vitest";
import { secretsIn } from "../../scripts/bench/fresh/output";

describe("the check that no test prints a secret", () => {
  it("finds a sign-in code as local mode logs it, a token and a bearer header", () => {
    expect(secretsIn("[local mode] sign-in code for a@example.com: 042917")).toEqual(["a sign-in code"]);
    expect(secretsIn("Your code is 123456")).toEqual(["a sign-in code"]);
    expect(secretsIn("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9.c2lnbmF0dXJl")).toContain("a token");
    expect(secretsIn("authorization: Bearer abcdefgh.ijkl")).toEqual(["a bearer header"]);
  });

  it("lets ordinary test output through", () => {
    expect(secretsIn("import bench: 0.193 s per 2048 px PNG")).toEqual([]);
    expect(secretsIn("Tests 449 passed (449), code 200 in 123.456789 ms")).toEqual([]);
    expect(secretsIn("sign-in code sent")).toEqual([]);
  });
});
