/**
 * Reads the operation table out of a bundled spec: one plain record per operation with
 * what the runtime needs to call it and what the templates need to type it.
 */
import type { Json } from "./bundle.ts";
import { HTTP_METHODS } from "./validate.ts";

type JsonObject = { [key: string]: Json };

/**
 * The wrapper class (src/operations/response.ts) of an operation's success response: `ResourceList` (a list
 * envelope with `objects`, or a paged operation), `Resource` (an object with `id` or `href`),
 * `ResponseJson` (other JSON), `Response` (binary or empty, never parsed).
 */
export type ResultKind = "Resource" | "ResourceList" | "ResponseJson" | "Response";

/** One operation of the spec, as the codegen sees it. */
export interface Operation {
  id: string;
  /** Dotted group, e.g. `storage.files`. */
  group: string;
  /** Method name inside the group, e.g. `retrieve`. */
  name: string;
  method: string;
  path: string;
  summary: string;
  scope: "account" | "client";
  paging: "page" | "token" | "cursor" | "none";
  /** Path parameters in path order, `account_id` included. */
  pathParams: string[];
  query: string[];
  /**
   * Operation-specific header parameters. API-wide option headers (`x-kloudless-option`: raw
   * data, raw headers, impersonation), which the SDK sends from request options, are not listed.
   */
  headers: string[];
  /** Request body kinds the operation accepts. */
  body: ("json" | "binary" | "form")[];
  /** Success statuses. */
  statuses: number[];
  /** What the success response holds. */
  response: "json" | "binary" | "empty" | "any";
  /** The wrapper class of the success response. */
  result: ResultKind;
  /**
   * Name of the runtime helper that serves the generated method (`x-kloudless-helper`), e.g.
   * `uploadFile`; absent for plain operation calls.
   */
  helper?: string;
}

function deref(doc: JsonObject, node: Json | undefined): JsonObject | undefined {
  let current = node;
  for (let depth = 0; depth < 20 && current && typeof current === "object" && !Array.isArray(current); depth++) {
    const ref = current.$ref;
    if (typeof ref !== "string") return current;
    let target: Json | undefined = doc;
    for (const part of ref.slice(2).split("/")) {
      target = target && typeof target === "object" && !Array.isArray(target) ? target[part] : undefined;
    }
    current = target;
  }
  return current as JsonObject | undefined;
}

/** Collects the property names a schema declares, following refs and allOf/anyOf/oneOf. */
function propertyNames(doc: JsonObject, schema: Json | undefined, seen = new Set<JsonObject>()): Set<string> {
  const node = deref(doc, schema);
  const names = new Set<string>();
  if (!node || seen.has(node)) return names;
  seen.add(node);
  for (const key of Object.keys((node.properties as JsonObject | undefined) ?? {})) names.add(key);
  for (const combo of ["allOf", "anyOf", "oneOf"]) {
    for (const part of (node[combo] as Json[] | undefined) ?? []) {
      for (const key of propertyNames(doc, part, seen)) names.add(key);
    }
  }
  return names;
}

function mediaKind(type: string): "json" | "binary" | "form" {
  if (type === "application/json") return "json";
  if (type === "application/x-www-form-urlencoded") return "form";
  return "binary";
}

/** Lists the operations of a bundled spec, in spec order. */
export function readOperations(doc: JsonObject): Operation[] {
  const out: Operation[] = [];
  for (const [path, itemJson] of Object.entries(doc.paths as JsonObject)) {
    const item = itemJson as JsonObject;
    for (const method of HTTP_METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const id = op.operationId as string;
      const dot = id.lastIndexOf(".");
      const params = [...((item.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])]
        .map((p) => deref(doc, p))
        .filter((p): p is JsonObject => !!p);
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
      const content = (deref(doc, op.requestBody)?.content as JsonObject | undefined) ?? {};
      const responses = op.responses as JsonObject;
      const statuses = Object.keys(responses)
        .filter((s) => /^[23]\d\d$/.test(s))
        .map(Number);
      const success = deref(doc, responses[String(statuses[0])]);
      const successContent = (success?.content as JsonObject | undefined) ?? {};
      const types = Object.keys(successContent);
      const response =
        types.length === 0
          ? "empty"
          : types.includes("application/json")
            ? "json"
            : types.includes("*/*")
              ? "any"
              : "binary";
      const paging = op["x-kloudless-paging"] as Operation["paging"];
      let result: ResultKind = "Response";
      if (response === "json") {
        const schema = (successContent["application/json"] as JsonObject).schema;
        const names = propertyNames(doc, schema);
        if (paging !== "none" || names.has("objects")) result = "ResourceList";
        else if (names.has("id") || names.has("href")) result = "Resource";
        else result = "ResponseJson";
      }
      out.push({
        id,
        group: id.slice(0, dot),
        name: id.slice(dot + 1),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ""),
        scope: op["x-kloudless-scope"] as Operation["scope"],
        paging,
        pathParams,
        query: params.filter((p) => p.in === "query").map((p) => p.name as string),
        headers: params.filter((p) => p.in === "header" && !p["x-kloudless-option"]).map((p) => p.name as string),
        body: [...new Set(Object.keys(content).map(mediaKind))],
        statuses,
        response,
        result,
        ...(typeof op["x-kloudless-helper"] === "string" ? { helper: op["x-kloudless-helper"] } : {}),
      });
    }
  }
  return out;
}

/** Describes how `next` differs from `prev`, for review of an API change. */
export function diffOperations(prev: Operation[], next: Operation[]): string[] {
  const before = new Map(prev.map((op) => [op.id, op]));
  const after = new Map(next.map((op) => [op.id, op]));
  const lines: string[] = [];
  for (const op of next) {
    const old = before.get(op.id);
    if (!old) lines.push(`+ ${op.id} (${op.method} ${op.path})`);
    else if (JSON.stringify(old) !== JSON.stringify(op)) {
      const fields = (Object.keys(op) as (keyof Operation)[]).filter(
        (k) => JSON.stringify(old[k]) !== JSON.stringify(op[k]),
      );
      lines.push(`~ ${op.id}: ${fields.join(", ")} changed`);
    }
  }
  for (const op of prev) if (!after.has(op.id)) lines.push(`- ${op.id} (${op.method} ${op.path})`);
  return lines;
}

/** What the hover of an operation's generated method shows, besides its summary. */
export interface OperationDoc {
  /** The operation's tag, for the reference page's anchor. */
  tag: string;
  /** The operation's `description`, if any. */
  description?: string;
  /**
   * Path, query and header parameters with their descriptions, in spec order (path first); an
   * API-wide option header names the request option that sends it (`x-kloudless-option`).
   */
  params: { name: string; in: "path" | "query" | "header"; description?: string; option?: string }[];
  /** The error responses the operation documents (`4XX`, `429`, `5XX`, ...), with their descriptions. */
  errors: { status: string; description?: string }[];
}

/** Reads the documentation of each operation of a bundled spec, by operationId. */
export function readOperationDocs(doc: JsonObject): Map<string, OperationDoc> {
  const docs = new Map<string, OperationDoc>();
  for (const itemJson of Object.values(doc.paths as JsonObject)) {
    const item = itemJson as JsonObject;
    for (const method of HTTP_METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const text = (value: Json | undefined) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
      const params = [...((item.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])]
        .map((p) => deref(doc, p))
        .filter((p): p is JsonObject => !!p && ["path", "query", "header"].includes(p.in as string))
        .map((p) => ({
          name: p.name as string,
          in: p.in as "path" | "query" | "header",
          ...(text(p.description) ? { description: text(p.description) } : {}),
          ...(typeof p["x-kloudless-option"] === "string" ? { option: p["x-kloudless-option"] } : {}),
        }));
      const order = { path: 0, query: 1, header: 2 };
      params.sort((a, b) => order[a.in] - order[b.in]);
      const responses = op.responses as JsonObject;
      const errors = Object.keys(responses)
        .filter((status) => /^[45]/.test(status))
        .sort()
        .map((status) => {
          const description = text(deref(doc, responses[status])?.description);
          return { status, ...(description ? { description } : {}) };
        });
      const description = text(op.description);
      docs.set(op.operationId as string, {
        tag: ((op.tags as string[] | undefined) ?? [])[0] ?? "",
        ...(description ? { description } : {}),
        params,
        errors,
      });
    }
  }
  return docs;
}
