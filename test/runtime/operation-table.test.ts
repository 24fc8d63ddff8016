/**
 * Every operation of the generated table, called through its generated method against a loopback
 * server that answers a minimal spec-valid response: the call resolves to exactly the wrapper
 * class of the table's result kind (the class its static type names, see
 * test/types/pass/operation-results.ts), and `for await` works on every list. The cases are
 * derived from generated/operations.ts and generated/openapi.json, so a new operation is covered
 * with no handwritten test; only runtime helpers (`x-kloudless-helper`) need their arguments here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { responseChecker } from "../../emulator/src/validate.ts";
import { type OperationId, operations, type ResultKind } from "../../generated/operations.ts";
import { Account, Client, Resource, ResourceList, Response, ResponseJson } from "../../src/index.ts";
import { loadOperations, operationSpec } from "../../src/operations/operations.ts";
import { type HelperName, helperImplementations } from "../../src/operations/runtime-helpers.ts";
import { bytes, empty, json, type Loopback, type Reply, startLoopback } from "../helpers/loopback.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const spec = JSON.parse(readFileSync(join(import.meta.dirname, "../../generated/openapi.json"), "utf8")) as Schema;
const checkResponse = responseChecker(spec);

/** The wrapper class each result kind names. */
const CLASSES: Record<ResultKind, abstract new (...args: never[]) => unknown> = {
  ResourceList,
  Resource,
  ResponseJson,
  Response,
};

/** The arguments of a helper-served method after its path arguments (the helper's own). */
const HELPER_ARGS: Record<HelperName, unknown[]> = {
  uploadFile: [{ parentId: "x-parent", name: "a.txt", data: "x" }],
  downloadFile: ["x-file_id"],
};

function deref(node: Json | undefined): Schema {
  let current = node;
  for (let depth = 0; depth < 20; depth++) {
    if (!current || typeof current !== "object" || Array.isArray(current)) return {};
    const ref = current.$ref;
    if (typeof ref !== "string") return current;
    let target: Json | undefined = spec;
    for (const part of ref.slice(2).split("/")) {
      target = target && typeof target === "object" && !Array.isArray(target) ? target[part] : undefined;
    }
    current = target;
  }
  throw new Error("reference chain too deep");
}

/** An `allOf` schema as one object schema: the properties and required names of every part. */
function flatten(schema: Schema): Schema {
  const properties: Schema = {};
  const required = new Set<string>();
  for (const part of [...((schema.allOf as Json[]) ?? []).map(deref), { ...schema, allOf: null }]) {
    const flat = Array.isArray(part.allOf) ? flatten(part) : part;
    Object.assign(properties, flat.properties ?? {});
    for (const name of (flat.required ?? []) as string[]) required.add(name);
  }
  return { type: "object", properties, required: [...required] };
}

function minimalString(schema: Schema): string {
  switch (schema.format) {
    case "date-time":
      return "2026-01-01T00:00:00Z";
    case "date":
      return "2026-01-01";
    case "uri":
    case "url":
      return "https://example.com/x";
    case "email":
      return "a@example.com";
    default:
      return "x".repeat(Math.max(1, Number(schema.minLength ?? 1)));
  }
}

/**
 * The smallest value `schema` accepts: required properties only, the first enum value or
 * alternative. `withItem` puts one object into a list envelope's `objects`, so that iterating
 * the list yields something.
 */
function minimal(node: Json | undefined, withItem = false, depth = 0): Json {
  const schema = deref(node);
  if (depth > 12) return null;
  if ("const" in schema) return schema.const as Json;
  if (Array.isArray(schema.enum)) return schema.enum[0] as Json;
  if (Array.isArray(schema.allOf)) return minimal(flatten(schema), withItem, depth + 1);
  for (const combo of ["oneOf", "anyOf"] as const) {
    const options = schema[combo];
    if (Array.isArray(options)) {
      const choice = options.find((option) => deref(option).type !== "null") ?? options[0];
      return minimal(choice, withItem, depth + 1);
    }
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const type = types.find((t) => t !== "null") ?? (schema.properties ? "object" : undefined);
  switch (type) {
    case "object": {
      const out: { [key: string]: Json } = {};
      const properties = (schema.properties ?? {}) as Schema;
      for (const name of (schema.required ?? []) as string[]) out[name] = minimal(properties[name], false, depth + 1);
      if (withItem && properties.objects) {
        out.objects = [minimal(deref(properties.objects).items, false, depth + 1)];
      }
      return out;
    }
    case "array": {
      const count = Number(schema.minItems ?? 0);
      return Array.from({ length: count }, () => minimal(schema.items, false, depth + 1));
    }
    case "string":
      return minimalString(schema);
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 0;
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return {};
  }
}

interface Case {
  id: OperationId;
  kind: ResultKind;
  /** The request path the generated method reaches. */
  path: string;
  /** The success status and what the server answers first (then, for lists, an empty page). */
  reply: Reply;
  later?: Reply;
  /** The generated method's arguments. */
  args: unknown[];
}

function operationOf(id: OperationId): { item: Schema; op: Schema } {
  for (const item of Object.values(spec.paths as Schema)) {
    for (const [method, op] of Object.entries(item as Schema)) {
      if (method !== "parameters" && (op as Schema).operationId === id)
        return { item: item as Schema, op: op as Schema };
    }
  }
  throw new Error(`${id} is not in generated/openapi.json`);
}

function caseOf(id: OperationId): Case {
  const table = operationSpec(id);
  const { item, op } = operationOf(id);
  const ids = table.params.filter((name) => !(table.scope === "account" && name === "account_id"));
  const path = `/v1${table.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    table.scope === "account" && name === "account_id" ? "me" : `x-${name}`,
  )}`;

  const responses = op.responses as Schema;
  const status = Object.keys(responses).find((s) => /^2\d\d$/.test(s)) ?? "200";
  const content = (deref(responses[status]).content ?? {}) as Schema;
  const jsonSchema = (content["application/json"] as Schema | undefined)?.schema;
  let reply: Reply;
  let later: Reply | undefined;
  if (table.result === "Response") {
    reply = Object.keys(content).length ? bytes("x", undefined, { status: Number(status) }) : empty(Number(status));
  } else {
    reply = json(minimal(jsonSchema, table.result === "ResourceList"), { status: Number(status) });
    if (table.result === "ResourceList") later = json(minimal(jsonSchema, false), { status: Number(status) });
  }

  // Required query parameters and operation headers, and a minimal body.
  const params: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const ref of [...((item.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])]) {
    const parameter = deref(ref);
    if (!parameter.required) continue;
    const value = minimal(parameter.schema);
    if (parameter.in === "query") params[parameter.name as string] = String(value);
    if (parameter.in === "header") headers[parameter.name as string] = String(value);
  }
  const options: Record<string, unknown> = {};
  if (Object.keys(params).length) options.params = params;
  if (Object.keys(headers).length) options.headers = headers;
  const body = deref(op.requestBody);
  const bodyContent = (body.content ?? {}) as Schema;
  if (body.required && bodyContent["application/json"]) {
    options.json = minimal((bodyContent["application/json"] as Schema).schema);
  } else if (body.required) {
    const type = Object.keys(bodyContent)[0] ?? "application/octet-stream";
    options.data = "x";
    options.headers = { ...headers, "Content-Type": type };
  }

  const args = table.helper ? HELPER_ARGS[table.helper as HelperName] : [...ids.map((name) => `x-${name}`), options];
  return { id, kind: table.result, path, reply, later, args };
}

// The runtime loads the table on a client's first call; the cases read it before any call.
await loadOperations();
const cases = (Object.keys(operations) as OperationId[]).map(caseOf);

let lb: Loopback;
let account: Account;
let client: Client;

beforeAll(async () => {
  lb = await startLoopback();
  account = new Account({ token: "tok", baseUrl: lb.url, maxRetries: 0 });
  client = new Client({ apiKey: "key", baseUrl: lb.url, maxRetries: 0 });
});

afterEach(() => lb.reset());

afterAll(() => lb.close());

/** The generated method of operation `id`, on the object its scope calls for. */
function methodOf(id: OperationId): (...args: unknown[]) => Promise<unknown> {
  let node: unknown = operationSpec(id).scope === "account" ? account : client;
  const parts = id.split(".");
  for (const part of parts.slice(0, -1)) node = (node as Record<string, unknown>)[part];
  const group = node as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const name = parts[parts.length - 1] as string;
  expect(typeof group[name], `${id} has a generated method`).toBe("function");
  return (...args) => (group[name] as (...rest: unknown[]) => Promise<unknown>)(...args);
}

describe("the table covers the spec", () => {
  it("has one case per operation of the spec, every helper with its arguments", () => {
    const specIds = Object.values(spec.paths as Schema).flatMap((item) =>
      Object.values(item as Schema)
        .map((op) => (op as Schema).operationId)
        .filter((id) => typeof id === "string"),
    );
    expect(cases.map((c) => c.id).sort()).toEqual([...specIds].sort());
    expect(Object.keys(HELPER_ARGS).sort()).toEqual(Object.keys(helperImplementations).sort());
  });

  it.each(cases.filter((c) => c.reply.json !== undefined))("the minimal answer of $id is spec-valid", (c) => {
    const answers = [c.reply, ...(c.later ? [c.later] : [])];
    for (const answer of answers) {
      expect(checkResponse({ operationId: c.id, status: answer.status ?? 200, json: answer.json })).toEqual([]);
    }
  });
});

describe("every generated method resolves to the wrapper its result kind names", () => {
  it.each(cases)("$id → $kind", async (c) => {
    lb.on(operationSpec(c.id).method, c.path, (_req, call) => (call === 1 || !c.later ? c.reply : c.later));
    const result = await methodOf(c.id)(...c.args);
    expect(lb.seen(c.path).length, `${c.id} reached ${c.path}`).toBeGreaterThan(0);
    expect(lb.seen(c.path)[0]?.method).toBe(operationSpec(c.id).method);
    expect((result as object).constructor).toBe(CLASSES[c.kind]);
    if (c.kind === "ResourceList") {
      const items: unknown[] = [];
      for await (const item of result as ResourceList) items.push(item);
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => item instanceof Resource)).toBe(true);
    }
  });
});
