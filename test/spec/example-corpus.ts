/**
 * Reading the example corpus of `spec/examples/<area>/` (see its README): the files, their
 * `NAME.meta.json`, the spec path an example's path is an instance of, and the ajv (JSON Schema
 * 2020-12) validators of the bundle's schemas. Shared by `examples.test.ts` (each example against
 * its schema) and `response-examples.test.ts` (which operations have a response example, evidenced
 * or illustrative).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** A JSON object, read loosely. */
export type JsonObject = { [key: string]: unknown };

/** What `NAME.meta.json` says about its example. */
export interface ExampleMeta {
  method: string;
  path: string;
  status: number | null;
  kind: "request" | "response";
}

/** The repository's root folder. */
export const repoRoot = resolve(import.meta.dirname, "../..");
/** `spec/examples`. */
export const examplesDir = resolve(repoRoot, "spec/examples");
/** The bundled spec, `generated/openapi.json`. */
export const bundle = JSON.parse(readFileSync(join(repoRoot, "generated/openapi.json"), "utf8")) as JsonObject;

/** Files of the examples folder as `<area>/<name>`, sorted. */
export function exampleFiles(): string[] {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((area) => readdirSync(join(examplesDir, area.name)).map((name) => `${area.name}/${name}`))
    .sort();
}

/** Parses a JSON file of the examples folder (`<area>/<name>`). */
export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(examplesDir, file), "utf8"));
}

/** The meta file of an example or fragment. */
export function metaOf(file: string): ExampleMeta {
  return readJson(file.replace(/(\.fragment\.txt|\.json)$/, ".meta.json")) as ExampleMeta;
}

/** True when a concrete example path segment may stand for the spec's segment. */
function segmentMatches(specSegment: string, exampleSegment: string): boolean {
  if (specSegment === exampleSegment) return true;
  const isParam = (segment: string) => /^\{[^}]+\}$/.test(segment);
  return isParam(specSegment) && (isParam(exampleSegment) || exampleSegment === "primary" || exampleSegment === "me");
}

/** The spec path an example's path is an instance of (`.../calendars/primary/events` → `.../calendars/{calendar_id}/events`). */
export function specPathOf(examplePath: string): string {
  const wanted = examplePath.split("/");
  const matches = Object.keys(bundle.paths as JsonObject).filter((specPath) => {
    const segments = specPath.split("/");
    return (
      segments.length === wanted.length && segments.every((segment, i) => segmentMatches(segment, wanted[i] ?? ""))
    );
  });
  if (matches.length !== 1)
    throw new Error(`${examplePath} matches ${matches.length} spec paths: ${matches.join(", ")}`);
  return matches[0] as string;
}

/** A location in the bundled spec, as JSON pointer segments (unescaped). */
export type Pointer = string[];

/** The validator of the bundle's schemas (formats checked, OpenAPI keywords tolerated). */
export const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is CommonJS: its plugin is the `default` export of the module object.
addFormats.default(ajv);
ajv.addSchema(bundle, "openapi.json");

/** A validator of the schema at `pointer` of the bundle. */
export function validatorAt(pointer: Pointer): ValidateFunction {
  const fragment = pointer.map((key) => encodeURIComponent(key.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");
  return ajv.compile({ $ref: `openapi.json#/${fragment}` });
}
