/**
 * `writeOnly` fields are sent, never returned: a field such as `Link.password` must not appear
 * in the type of an answer. Before the types are emitted, schemas that no request body reaches
 * lose their `writeOnly` properties (a schema that request bodies reach keeps them, since it types
 * what is sent). Applied to the copy of the spec that types are emitted from, like flatten.ts.
 */

type Json = { [key: string]: unknown };

const REF = "#/components/schemas/";

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Names of the component schemas `node` refers to, directly or through other schemas. */
function reachable(node: unknown, schemas: { [name: string]: Json }, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) reachable(item, schemas, out);
  else if (isObject(node)) {
    const ref = node.$ref;
    if (typeof ref === "string" && ref.startsWith(REF)) {
      const name = ref.slice(REF.length);
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
  const copy = structuredClone(doc) as Json;
  const components = isObject(copy.components) ? copy.components : {};
  const schemas = (isObject(components.schemas) ? components.schemas : {}) as { [name: string]: Json };
  const sent = new Set<string>();
  const paths = isObject(copy.paths) ? copy.paths : {};
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    for (const op of Object.values(item)) if (isObject(op)) reachable(op.requestBody, schemas, sent);
  }
  reachable(components.requestBodies, schemas, sent);
  for (const [name, schema] of Object.entries(schemas)) {
    if (sent.has(name) || !isObject(schema.properties)) continue;
    const properties = schema.properties as Json;
    const dropped = Object.keys(properties).filter((key) => isObject(properties[key]) && properties[key].writeOnly);
    if (!dropped.length) continue;
    for (const key of dropped) delete properties[key];
    if (Array.isArray(schema.required)) {
      schema.required = schema.required.filter((key) => !dropped.includes(key as string));
      if (!(schema.required as unknown[]).length) delete schema.required;
    }
  }
  return copy as T;
}
