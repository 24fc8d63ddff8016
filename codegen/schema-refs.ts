/** What the transforms of the spec copy that types are emitted from (flatten.ts, read-write.ts) share. */

/** A JSON object of the spec, its values not yet looked at. */
export type JsonMap = { [key: string]: unknown };

/** The prefix of a reference to a component schema of the bundle. */
export const SCHEMA_REF = "#/components/schemas/";

/** Whether `value` is a JSON object (not an array, not null). */
export function isJsonMap(value: unknown): value is JsonMap {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
