/**
 * `writeOnly` fields are sent, never returned: a field such as `Link.password` must not appear
 * in the type of an answer. Before the types are emitted, schemas that no request body reaches
 * lose their `writeOnly` properties (a schema that request bodies reach keeps them, since it types
 * what is sent). Applied to the copy of the spec that types are emitted from, like flatten.ts.
 */

import { isJsonMap, type JsonMap, SCHEMA_REF } from "./schema-refs.ts";

/** Names of the component schemas `node` refers to, directly or through other schemas. */
function reachable(node: unknown, schemas: { [name: string]: JsonMap }, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) reachable(item, schemas, out);
  else if (isJsonMap(node)) {
    const ref = node.$ref;
    if (typeof ref === "string" && ref.startsWith(SCHEMA_REF)) {
      const name = ref.slice(SCHEMA_REF.length);
      if (!out.has(name)) {
        out.add(name);
        reachable(schemas[name], schemas, out);
      }
    }
    for (const value of Object.values(node)) reachable(value, schemas, out);
  }
  return out;
}

/** Returns a copy of `doc` whose schemas outside request bodies have no `writeOnly` properties. */
export function dropWriteOnlyFromAnswers<T>(doc: T): T {
  const copy = structuredClone(doc) as JsonMap;
  const components = isJsonMap(copy.components) ? copy.components : {};
  const schemas = (isJsonMap(components.schemas) ? components.schemas : {}) as { [name: string]: JsonMap };
  const sent = new Set<string>();
  const paths = isJsonMap(copy.paths) ? copy.paths : {};
  for (const item of Object.values(paths)) {
    if (!isJsonMap(item)) continue;
    for (const op of Object.values(item)) if (isJsonMap(op)) reachable(op.requestBody, schemas, sent);
  }
  reachable(components.requestBodies, schemas, sent);
  for (const [name, schema] of Object.entries(schemas)) {
    if (sent.has(name) || !isJsonMap(schema.properties)) continue;
    const properties = schema.properties as JsonMap;
    const dropped = Object.keys(properties).filter((key) => isJsonMap(properties[key]) && properties[key].writeOnly);
    if (!dropped.length) continue;
    for (const key of dropped) delete properties[key];
    if (Array.isArray(schema.required)) {
      schema.required = schema.required.filter((key) => !dropped.includes(key as string));
      if (!(schema.required as unknown[]).length) delete schema.required;
    }
  }
  return copy as T;
}
