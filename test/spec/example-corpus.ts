/**
 * Reading the example corpus of `spec/examples/<area>/` (see its README): the files, their
 * `NAME.meta.json`, and the spec path an example's path is an instance of. Shared by
 * `examples.test.ts` (each example against its schema) and `response-examples.test.ts` (which
 * operations have a response example).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

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
