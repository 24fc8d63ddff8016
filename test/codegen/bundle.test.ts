/**
 * The bundler rewrites the split spec's relative references into `#/components/...` pointers;
 * `discriminator.mapping` values are references too and must be rewritten the same way,
 * or the bundle would point into files that no longer exist.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundleSpec } from "../../codegen/bundle.ts";

type JsonObject = Record<string, unknown>;

const ROOT = `openapi: 3.1.0
info: { title: Pets, version: "1" }
tags:
  - name: pets
paths: {}
`;

const COMPONENTS = `responses:
  Error:
    description: Error.
`;

/** A tiny split spec: `Pet` is a discriminated union of `Cat` and `Dog`, mapped three ways. */
function petSchemas(catMapping: string): string {
  return `Pet:
  oneOf:
    - $ref: "#/Cat"
    - $ref: "./pets.yaml#/Dog"
  discriminator:
    propertyName: kind
    mapping:
      cat: "${catMapping}"
      dog: "./pets.yaml#/Dog"
      bird: Bird
Cat:
  type: object
  properties:
    kind: { const: cat }
    discriminator:
      description: A property that happens to be called discriminator is no discriminator object.
      type: string
Dog:
  type: object
  properties:
    kind: { const: dog }
Bird:
  type: object
  properties:
    kind: { const: bird }
`;
}

const PATHS = `/pets/{pet_id}:
  get:
    operationId: pets.retrieve
    responses:
      "200":
        description: The pet.
        content:
          application/json:
            schema:
              oneOf:
                - $ref: ../schemas/pets.yaml#/Cat
                - $ref: ../schemas/pets.yaml#/Dog
              discriminator:
                propertyName: kind
                mapping:
                  cat: ../schemas/pets.yaml#/Cat
                  dog: ../schemas/pets.yaml#/Dog
      "4XX":
        $ref: ../components.yaml#/responses/Error
`;

let dirs: string[] = [];

function writeSpec(catMapping = "#/Cat"): string {
  const dir = mkdtempSync(join(tmpdir(), "kloudless-bundle-"));
  dirs.push(dir);
  mkdirSync(join(dir, "schemas"));
  mkdirSync(join(dir, "paths"));
  writeFileSync(join(dir, "openapi.yaml"), ROOT);
  writeFileSync(join(dir, "components.yaml"), COMPONENTS);
  writeFileSync(join(dir, "schemas", "pets.yaml"), petSchemas(catMapping));
  writeFileSync(join(dir, "paths", "pets.yaml"), PATHS);
  return dir;
}

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function at(doc: JsonObject, ...keys: string[]): JsonObject {
  return keys.reduce((node, key) => node[key] as JsonObject, doc);
}

describe("bundleSpec: discriminator mappings", () => {
  it("rewrites mapping references of a schema file into #/components/schemas pointers", () => {
    const doc = bundleSpec(writeSpec());
    const pet = at(doc, "components", "schemas", "Pet");
    expect(at(pet, "discriminator")).toEqual({
      propertyName: "kind",
      mapping: {
        cat: "#/components/schemas/Cat",
        dog: "#/components/schemas/Dog",
        bird: "Bird",
      },
    });
    expect(pet.oneOf).toEqual([{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }]);
  });

  it("rewrites mapping references of an inline schema in a path file", () => {
    const doc = bundleSpec(writeSpec());
    const schema = at(
      doc,
      "paths",
      "/pets/{pet_id}",
      "get",
      "responses",
      "200",
      "content",
      "application/json",
      "schema",
    );
    expect(at(schema, "discriminator", "mapping")).toEqual({
      cat: "#/components/schemas/Cat",
      dog: "#/components/schemas/Dog",
    });
  });

  it("leaves a schema property named discriminator alone", () => {
    const doc = bundleSpec(writeSpec());
    expect(at(doc, "components", "schemas", "Cat", "properties", "discriminator")).toEqual({
      description: "A property that happens to be called discriminator is no discriminator object.",
      type: "string",
    });
  });

  it("rejects a mapping to a schema that does not exist", () => {
    expect(() => bundleSpec(writeSpec("#/Cow"))).toThrow(/unresolved reference #\/components\/schemas\/Cow/);
  });
});
