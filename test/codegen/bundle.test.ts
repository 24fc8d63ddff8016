/**
 * The bundler follows spec/openapi.yaml's references into the split files and rewrites the split
 * files' relative references into `#/components/...` pointers; `discriminator.mapping` values are
 * references too and must be rewritten the same way, or the bundle would point into files that
 * no longer exist. The root must list every path and component of the split files, and the bundle
 * is the document other tools read from spec/openapi.yaml: what `redocly bundle` makes of it, and
 * the types openapi-typescript makes of it.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { afterEach, describe, expect, it } from "vitest";
import { bundleSpec, pointerToken } from "../../codegen/bundle.ts";
import { flattenAllOf } from "../../codegen/flatten.ts";
import { plainDescriptions } from "../../codegen/jsdoc.ts";
import { dropWriteOnlyFromAnswers } from "../../codegen/read-write.ts";

type JsonObject = Record<string, unknown>;

const repoRoot = resolve(import.meta.dirname, "../..");

const ROOT_PATHS = `paths:
  /pets/{pet_id}: { $ref: "./paths/pets.yaml#/~1pets~1%7Bpet_id%7D" }
`;

const ROOT_COMPONENTS = `components:
  responses:
    Error: { $ref: "./components.yaml#/responses/Error" }
  schemas:
    Pet: { $ref: "./schemas/pets.yaml#/Pet" }
    Cat: { $ref: "./schemas/pets.yaml#/Cat" }
    Dog: { $ref: "./schemas/pets.yaml#/Dog" }
    Bird: { $ref: "./schemas/pets.yaml#/Bird" }
`;

const ROOT = `openapi: 3.1.0
info: { title: Pets, version: "1" }
tags:
  - name: pets
${ROOT_PATHS}${ROOT_COMPONENTS}`;

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

function writeSpec(catMapping = "#/Cat", root = ROOT, paths = PATHS): string {
  const dir = mkdtempSync(join(tmpdir(), "kloudless-bundle-"));
  dirs.push(dir);
  mkdirSync(join(dir, "schemas"));
  mkdirSync(join(dir, "paths"));
  writeFileSync(join(dir, "openapi.yaml"), root);
  writeFileSync(join(dir, "components.yaml"), COMPONENTS);
  writeFileSync(join(dir, "schemas", "pets.yaml"), petSchemas(catMapping));
  writeFileSync(join(dir, "paths", "pets.yaml"), paths);
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

/** A second path item of the pets area, as a path file would hold it. */
const LIST_PETS = `/pets:
  get:
    operationId: pets.list
    responses:
      "4XX":
        $ref: ../components.yaml#/responses/Error
`;

describe("bundleSpec: spec/openapi.yaml lists every path and component of the split files", () => {
  it("escapes a path as a JSON pointer token of a URI fragment", () => {
    expect(pointerToken("/accounts/{account_id}/storage/files")).toBe("~1accounts~1%7Baccount_id%7D~1storage~1files");
    expect(pointerToken("a~b c")).toBe("a~0b%20c");
  });

  it("follows the root's references, in the root's order", () => {
    const root = ROOT.replace(ROOT_PATHS, `${ROOT_PATHS}  /pets: { $ref: "./paths/pets.yaml#/~1pets" }\n`);
    const doc = bundleSpec(writeSpec("#/Cat", root, `${LIST_PETS}${PATHS}`));
    expect(Object.keys(doc.paths as JsonObject)).toEqual(["/pets/{pet_id}", "/pets"]);
    expect(Object.keys(at(doc, "components", "schemas"))).toEqual(["Pet", "Cat", "Dog", "Bird"]);
    expect(at(doc, "paths", "/pets", "get", "responses", "4XX")).toEqual({ $ref: "#/components/responses/Error" });
  });

  it("names the line to add for a path of a path file that the root does not list", () => {
    expect(() => bundleSpec(writeSpec("#/Cat", ROOT, `${PATHS}${LIST_PETS}`))).toThrow(
      'paths: /pets (paths/pets.yaml) is not listed; add under paths:\n  /pets: { $ref: "./paths/pets.yaml#/~1pets" }',
    );
  });

  it("names the line to add for a schema that the root does not list", () => {
    const root = ROOT.replace(`    Bird: { $ref: "./schemas/pets.yaml#/Bird" }\n`, "");
    expect(() => bundleSpec(writeSpec("#/Cat", root))).toThrow(
      'components.schemas: Bird (schemas/pets.yaml) is not listed; add under components.schemas:\n    Bird: { $ref: "./schemas/pets.yaml#/Bird" }',
    );
  });

  it("rejects a listed path that no path file defines", () => {
    const root = ROOT.replace(ROOT_PATHS, `${ROOT_PATHS}  /cows: { $ref: "./paths/pets.yaml#/~1cows" }\n`);
    expect(() => bundleSpec(writeSpec("#/Cat", root))).toThrow(
      "paths: /cows is listed but spec/paths/*.yaml does not define it; define it there or remove the line",
    );
  });

  it("rejects a reference that is not the canonical one of the path (raw braces, another file)", () => {
    const raw = ROOT.replace("%7Bpet_id%7D", "{pet_id}");
    expect(() => bundleSpec(writeSpec("#/Cat", raw))).toThrow(
      'paths: /pets/{pet_id} must be only a reference to paths/pets.yaml:\n  /pets/{pet_id}: { $ref: "./paths/pets.yaml#/~1pets~1%7Bpet_id%7D" }',
    );
    const renamed = ROOT.replace(
      'Dog: { $ref: "./schemas/pets.yaml#/Dog" }',
      'Dog: { $ref: "./schemas/pets.yaml#/Cat" }',
    );
    expect(() => bundleSpec(writeSpec("#/Cat", renamed))).toThrow("components.schemas: Dog must be only a reference");
  });
});

/** Runs the Redocly CLI of the repository; resolves with its exit code and output. */
function redocly(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = execFile(
      join(repoRoot, "node_modules/.bin/redocly"),
      args,
      { cwd: repoRoot, env: { ...process.env, REDOCLY_TELEMETRY: "off" }, maxBuffer: 64 * 1024 * 1024 },
      (_error, stdout, stderr) => done({ code: child.exitCode, output: `${stdout}${stderr}` }),
    );
  });
}

describe("spec/openapi.yaml as other tools read it", () => {
  it("redocly bundle makes the same document of it as codegen/bundle.ts (paths, operations, components by name)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kloudless-redocly-"));
    dirs.push(dir);
    const out = join(dir, "bundle.json");
    const run = await redocly(["bundle", "spec/openapi.yaml", "--config", "redocly.yaml", "--output", out]);
    expect(run.code, run.output).toBe(0);
    const theirs = JSON.parse(readFileSync(out, "utf8")) as JsonObject;
    const ours = bundleSpec(join(repoRoot, "spec"));
    expect(Object.keys(theirs.paths as JsonObject)).toEqual(Object.keys(ours.paths as JsonObject));
    for (const section of Object.keys(ours.components as JsonObject)) {
      expect(Object.keys(at(theirs, "components", section)), section).toEqual(
        Object.keys(at(ours, "components", section)),
      );
    }
    expect(theirs).toEqual(ours);
  }, 60_000);

  it("openapi-typescript types it as it types the codegen's bundle, which generated/schema.ts flattens", async () => {
    const settings = { alphabetize: false, emptyObjectsUnknown: true, defaultNonNullable: false };
    const types = (input: Parameters<typeof openapiTS>[0]) =>
      openapiTS(input, settings).then((ast) => plainDescriptions(astToString(ast)));
    const bundle = bundleSpec(join(repoRoot, "spec"));
    expect(await types(pathToFileURL(join(repoRoot, "spec/openapi.yaml")))).toBe(
      await types(structuredClone(bundle) as never),
    );
    // generated/schema.ts is the same document with allOf compositions merged (codegen/flatten.ts)
    // and no writeOnly field in what is only answered (codegen/read-write.ts).
    const generated = readFileSync(join(repoRoot, "generated/schema.ts"), "utf8");
    expect(
      generated.endsWith(`\n${await types(dropWriteOnlyFromAnswers(flattenAllOf(bundle)) as never)}`),
      "generated/schema.ts differs from openapi-typescript's types of the flattened bundle",
    ).toBe(true);
  }, 60_000);
});
