/**
 * codegen/read-write.ts: a `writeOnly` field is left out of the types of what is only answered
 * (`Link.password`), and kept where a request body sends it.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dropWriteOnlyFromAnswers } from "../../codegen/read-write.ts";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });

describe("dropWriteOnlyFromAnswers", () => {
  it("drops writeOnly properties (and their required entries) from schemas no request body reaches", () => {
    const doc = {
      paths: {
        "/links": {
          post: { requestBody: json(ref("LinkCreate")), responses: { "201": json(ref("Link")) } },
        },
      },
      components: {
        schemas: {
          Link: {
            type: "object",
            required: ["id", "password"],
            properties: { id: { type: "string" }, password: { type: "string", writeOnly: true } },
          },
          LinkCreate: {
            type: "object",
            properties: { password: { type: "string", writeOnly: true }, owner: ref("Owner") },
          },
          Owner: { type: "object", properties: { secret: { type: "string", writeOnly: true } } },
        },
      },
    };
    const out = dropWriteOnlyFromAnswers(doc);
    expect(out.components.schemas.Link).toEqual({
      type: "object",
      required: ["id"],
      properties: { id: { type: "string" } },
    });
    // Sent, directly or through a reference: kept.
    expect(out.components.schemas.LinkCreate).toEqual(doc.components.schemas.LinkCreate);
    expect(out.components.schemas.Owner).toEqual(doc.components.schemas.Owner);
    // The input is not touched.
    expect(doc.components.schemas.Link.properties.password).toBeDefined();
  });

  it("leaves Link.password out of generated/schema.ts's Link, and in LinkCreate", () => {
    const schema = readFileSync(join(resolve(import.meta.dirname, "../.."), "generated/schema.ts"), "utf8");
    const block = (name: string) =>
      schema.slice(
        schema.indexOf(`\n        ${name}: {`),
        schema.indexOf("\n        };", schema.indexOf(`\n        ${name}: {`)),
      );
    expect(block("Link")).not.toMatch(/\bpassword\?:/);
    expect(block("LinkCreate")).toMatch(/\bpassword\?: string;/);
  });
});
