import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arrayElements, JsonSpanError, topLevelMembers } from "@/adapters/files/json-spans";

function partsOf(text: string): { members: Record<string, unknown>; elements: unknown[] } {
  const members = topLevelMembers(text);
  const parse = (span: readonly [number, number]) => JSON.parse(text.slice(span[0], span[1]));
  const items = members.get("items");
  return {
    members: Object.fromEntries([...members].map(([key, span]) => [key, parse(span)])),
    elements: items ? arrayElements(text, items).map(parse) : [],
  };
}

describe("JSON spans", () => {
  it("finds every member and element, however the text is laid out", () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue()),
        fc.jsonValue(),
        fc.constantFrom(undefined, 0, 1, 2, "\t"),
        (items, other, indent) => {
          const document = { 'a "quoted" {key}': other, items };
          const text = ` \n${JSON.stringify(document, null, indent)}\n `;
          const { members, elements } = partsOf(text);
          expect(members).toEqual(JSON.parse(text));
          expect(elements).toEqual(JSON.parse(JSON.stringify(items)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is not fooled by brackets, quotes and backslashes inside strings", () => {
    const items = ["}]", '\\"', "\\", '{"a":[1,', "\u2028 é ✓"];
    const text = JSON.stringify({ items });
    expect(partsOf(text).elements).toEqual(items);
  });

  it("refuses text that is not one well-formed object", () => {
    for (const text of [
      '{"items":[1 2]}',
      '{"items":[1,]}',
      '{"items":[1]} x',
      '{"items":["open]}',
      '{"items" [1]}',
      "{items:[1]}",
      '{"items":[1]',
      "[1,2]",
      "",
    ]) {
      expect(() => {
        const members = topLevelMembers(text);
        const items = members.get("items");
        if (items) arrayElements(text, items);
      }, text).toThrow(JsonSpanError);
    }
  });
});
