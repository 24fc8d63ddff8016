/**
 * codegen/flatten.ts: `allOf` compositions of plain object schemas become one object (so hovers
 * show required fields as required); anything it cannot merge faithfully is left as it is.
 */
import { describe, expect, it } from "vitest";
import { flattenAllOf } from "../../codegen/flatten.ts";

const doc = (schemas: Record<string, unknown>) => ({ openapi: "3.1.0", components: { schemas } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("flattenAllOf", () => {
  it("merges a base's properties with the schema's own, later definitions winning, required united", () => {
    const input = doc({
      Base: { type: "object", required: ["id"], properties: { id: { type: "string" }, type: { type: "string" } } },
      File: {
        description: "A file.",
        allOf: [ref("Base")],
        type: "object",
        required: ["name"],
        properties: { type: { const: "file" }, name: { type: "string" } },
      },
    });
    const out = flattenAllOf(input);
    expect(out.components.schemas.File).toEqual({
      description: "A file.",
      type: "object",
      properties: { id: { type: "string" }, type: { const: "file" }, name: { type: "string" } },
      required: ["id", "name"],
    });
    // The input is not touched: the bundled spec keeps its compositions.
    expect((input.components.schemas.File as { allOf?: unknown }).allOf).toEqual([ref("Base")]);
  });

  it("follows nested compositions and inline members", () => {
    const out = flattenAllOf(
      doc({
        A: { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
        B: { allOf: [ref("A"), { type: "object", properties: { b: { type: "number" } } }] },
        C: { allOf: [ref("B")], properties: { c: { type: "boolean" } } },
      }),
    );
    expect(out.components.schemas.C).toEqual({
      type: "object",
      properties: { a: { type: "string" }, b: { type: "number" }, c: { type: "boolean" } },
      required: ["a"],
    });
  });

  it("leaves alone what it cannot merge: unions, additionalProperties, non-objects, foreign refs", () => {
    const schemas = {
      U: { oneOf: [{ type: "string" }, { type: "number" }] },
      Open: { type: "object", additionalProperties: true, properties: { x: { type: "string" } } },
      WithUnion: { allOf: [ref("U")], properties: { y: { type: "string" } } },
      WithOpen: { allOf: [ref("Open")], properties: { y: { type: "string" } } },
      Foreign: { allOf: [{ $ref: "other.yaml#/Thing" }] },
      NotObject: { allOf: [{ type: "string" }] },
    };
    expect(flattenAllOf(doc(schemas)).components.schemas).toEqual(schemas);
  });
});
