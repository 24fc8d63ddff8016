/**
 * Flattens `allOf` compositions of plain object schemas into one object schema before the types
 * are emitted. openapi-typescript renders `allOf: [Base] + required` as
 * `{ own } & WithRequired<Base, ...>`, and a hover over a `File` then shows `id?: string` (the
 * required part hidden in the intersection); one flat object shows every field as it is.
 * Applied only to the copy of the spec that types are emitted from: the bundled spec
 * (generated/openapi.json) keeps its compositions for other tools.
 */

import { isJsonMap, type JsonMap, SCHEMA_REF } from "./schema-refs.ts";

/** Keywords a schema may carry and still be merged as a plain object. */
const MERGEABLE = new Set([
  "type",
  "description",
  "title",
  "properties",
  "required",
  "allOf",
  "readOnly",
  "example",
  "examples",
  "x-kloudless-decision",
]);

/**
 * Returns a copy of `doc` where each component schema made of `allOf` members that are plain
 * objects (inline or `$ref`s to such components, flattened recursively) is one object schema:
 * the members' properties in order (a later definition of a property replaces an earlier one,
 * as the schema's own `properties` narrow the base's `type`), `required` the union of all.
 * Anything else (`oneOf`, `anyOf`, `additionalProperties`, a non-object member) is left as is.
 */
export function flattenAllOf<T>(doc: T): T {
  const copy = structuredClone(doc) as JsonMap;
  const schemas = (isJsonMap(copy.components) && isJsonMap(copy.components.schemas) ? copy.components.schemas : {}) as {
    [name: string]: JsonMap;
  };
  const done = new Map<string, { properties: JsonMap; required: string[] } | null>();

  /** The properties and required names of a plain object schema, its `allOf` merged in; else null. */
  const flatOf = (schema: JsonMap, seen: Set<string>): { properties: JsonMap; required: string[] } | null => {
    if (typeof schema.$ref === "string") {
      return schema.$ref.startsWith(SCHEMA_REF) ? flatComponent(schema.$ref.slice(SCHEMA_REF.length), seen) : null;
    }
    if (Object.keys(schema).some((key) => !MERGEABLE.has(key))) return null;
    if (schema.type !== undefined && schema.type !== "object") return null;
    const properties: JsonMap = {};
    const required: string[] = [];
    const merge = (part: { properties: JsonMap; required: string[] }): void => {
      Object.assign(properties, part.properties);
      for (const name of part.required) if (!required.includes(name)) required.push(name);
    };
    for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
      const flat = isJsonMap(member) ? flatOf(member, seen) : null;
      if (!flat) return null;
      merge(flat);
    }
    merge({
      properties: isJsonMap(schema.properties) ? schema.properties : {},
      required: Array.isArray(schema.required) ? (schema.required as string[]) : [],
    });
    return { properties, required };
  };

  const flatComponent = (name: string, seen: Set<string>): { properties: JsonMap; required: string[] } | null => {
    if (done.has(name)) return done.get(name) ?? null;
    const schema = schemas[name];
    if (!schema || seen.has(name)) return null;
    const flat = flatOf(schema, new Set([...seen, name]));
    done.set(name, flat);
    return flat;
  };

  for (const [name, schema] of Object.entries(schemas)) {
    if (!Array.isArray(schema.allOf)) continue;
    const flat = flatComponent(name, new Set());
    if (!flat) continue;
    const { allOf: _allOf, properties: _properties, required: _required, ...keep } = schema;
    schemas[name] = {
      ...keep,
      type: "object",
      properties: flat.properties,
      ...(flat.required.length ? { required: flat.required } : {}),
    };
  }
  return copy as T;
}
