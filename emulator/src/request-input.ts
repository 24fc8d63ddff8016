/**
 * Typing and validating a request's input against its operation: path, query and header
 * parameters coerced by their schema (defaults filled in), JSON and form bodies parsed and
 * checked. Every violation is reported at once as one 400 `invalid_parameters`, so a client
 * fixes its call in one go; in lenient mode the leniency rules get a chance first.
 */
import type { IncomingMessage } from "node:http";
import { EmuError } from "./errors.ts";
import type { Exchange } from "./exchange.ts";
import { type EmulatorMode, type LeniencyRuleName, Relaxer } from "./leniency.ts";
import type { Operation } from "./router.ts";
import { coerceParam, describeViolation, type Schema, type SchemaValidator, type Violation } from "./validate.ts";

/**
 * Types and validates path, query and header parameters and the body; throws 400
 * `invalid_parameters`. In lenient mode a refused query parameter or body is first rewritten
 * by the leniency rules (see leniency.ts) and accepted when the rewritten one is valid; the
 * rules used are returned, and handlers see the rewritten values (`query` included).
 */
export function validateInput(
  validator: SchemaValidator,
  mode: EmulatorMode | undefined,
  operation: Operation,
  params: Record<string, string>,
  ex: Exchange,
  body: Buffer,
): { args: Record<string, unknown>; json?: unknown; query: URLSearchParams; lenient: LeniencyRuleName[] } {
  const violations: Violation[] = [];
  const args: Record<string, unknown> = {};
  const relaxer = mode === "lenient" ? new Relaxer(validator) : undefined;
  let query = ex.url.searchParams;
  for (const ref of operation.parameters) {
    const param = validator.deref(ref as Schema) as {
      name: string;
      in: string;
      required?: boolean;
      schema?: Schema;
      style?: string;
    };
    const schema = param.schema ?? {};
    const raw = readParam(param, params, ex.url.searchParams, ex.req.headers);
    if (raw === undefined) {
      if (param.required) violations.push({ at: param.name, problem: "is required" });
      const fallback = typeof schema === "object" ? validator.deref(schema) : undefined;
      if (typeof fallback === "object" && fallback.default !== undefined) args[param.name] = fallback.default;
      continue;
    }
    let value = typeof raw === "string" ? coerceParam(schema, raw, validator) : raw;
    let found = validator.validate(schema, value, param.name);
    if (found.length && relaxer && param.in === "query" && typeof raw === "string") {
      const relaxed = relaxer.queryParam(schema, value);
      found = validator.validate(schema, relaxed, param.name);
      if (!found.length) {
        value = relaxed;
        if (query === ex.url.searchParams) query = new URLSearchParams(query);
        query.set(param.name, Array.isArray(relaxed) ? relaxed.join(",") : String(relaxed));
      }
    }
    violations.push(...found);
    args[param.name] = value;
  }
  const json = parseBody(validator, operation, ex, body, violations, relaxer);
  if (violations.length) {
    throw new EmuError(400, "invalid_parameters", violations.slice(0, 5).map(describeViolation).join("; "));
  }
  const lenient = relaxer ? [...relaxer.applied] : [];
  return json === undefined ? { args, query, lenient } : { args, json, query, lenient };
}

/** Parses and validates a JSON or form body when the operation takes one; binary bodies pass. */
function parseBody(
  validator: SchemaValidator,
  operation: Operation,
  ex: Exchange,
  body: Buffer,
  violations: Violation[],
  relaxer: Relaxer | undefined,
): unknown {
  const content = operation.requestBody?.content;
  if (!content) return undefined;
  const type =
    String(ex.req.headers["content-type"] ?? "")
      .split(";")[0]
      ?.trim()
      .toLowerCase() ?? "";
  const jsonType = Object.keys(content).find((t) => t === "application/json" || t.endsWith("+json"));
  const formType = content["application/x-www-form-urlencoded"] ? "application/x-www-form-urlencoded" : undefined;
  const takesBinary = Object.keys(content).some((t) => t !== jsonType && t !== formType);
  // A binary upload carries X-Kloudless-Metadata; its bytes stay bytes even when labelled JSON
  // (uploading a .json file as application/json).
  if (takesBinary && ex.req.headers["x-kloudless-metadata"] !== undefined) return undefined;
  const isJson = type === "application/json" || type.endsWith("+json");

  // `application/form-urlencoded` (the Python SDK v2's token exchange) is read as a form too.
  const isForm = type === formType || (formType !== undefined && type === "application/form-urlencoded");
  if (formType && isForm) {
    const schema = content[formType]?.schema as Schema | undefined;
    const form = Object.fromEntries(new URLSearchParams(body.toString("utf8")));
    const props = (schema ? validator.deref(schema) : {}) as { properties?: Record<string, Schema> };
    const typed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(form)) {
      const prop = props.properties?.[key];
      typed[key] = prop ? coerceParam(prop, value, validator) : value;
    }
    return schema ? checkBody(validator, schema, typed, violations, relaxer) : typed;
  }
  if (jsonType && (isJson || (!takesBinary && !isForm))) {
    if (body.length === 0) {
      if (operation.requestBody?.required) violations.push({ at: "body", problem: "a JSON body is required" });
      return undefined;
    }
    let value: unknown;
    try {
      value = JSON.parse(body.toString("utf8"));
    } catch {
      if (takesBinary) return undefined;
      throw new EmuError(400, "bad_request", "The request body is not valid JSON.");
    }
    const schema = content[jsonType]?.schema as Schema | undefined;
    return schema ? checkBody(validator, schema, value, violations, relaxer) : value;
  }
  return undefined;
}

/**
 * Validates a parsed body, adding its violations; in lenient mode a refused body is rewritten
 * by the leniency rules and the rewritten one is checked (and returned) instead.
 */
function checkBody(
  validator: SchemaValidator,
  schema: Schema,
  value: unknown,
  violations: Violation[],
  relaxer: Relaxer | undefined,
): unknown {
  const found = validator.validate(schema, value, "body");
  if (!found.length || !relaxer) {
    violations.push(...found);
    return value;
  }
  const relaxed = relaxer.body(schema, value);
  violations.push(...validator.validate(schema, relaxed, "body"));
  return relaxed;
}

/** The raw value of one spec parameter: a string, or an object for `deepObject` query parameters. */
function readParam(
  param: { name: string; in: string; style?: string },
  params: Record<string, string>,
  query: URLSearchParams,
  headers: IncomingMessage["headers"],
): string | Record<string, string> | undefined {
  switch (param.in) {
    case "path":
      return params[param.name];
    case "header": {
      const value = headers[param.name.toLowerCase()];
      return Array.isArray(value) ? value.join(", ") : value;
    }
    case "query": {
      if (param.style === "deepObject") {
        const prefix = `${param.name}[`;
        const entries = [...query].filter(([k]) => k.startsWith(prefix) && k.endsWith("]"));
        return entries.length
          ? Object.fromEntries(entries.map(([k, v]) => [k.slice(prefix.length, -1), v]))
          : undefined;
      }
      const values = query.getAll(param.name);
      return values.length ? values.join(",") : undefined;
    }
    default:
      return undefined;
  }
}
