/**
 * A small validator for the JSON-schema subset the spec uses, written by hand so that the
 * emulator's 400 `invalid_parameters` messages name the parameter or body field the way
 * Kloudless did (`page_size: must be <= 1000`), and so that query strings can be coerced to
 * the parameter's type before they are checked.
 */

/** A JSON schema (object form, or `true`/`false`). */
export type Schema = { [key: string]: unknown } | boolean;

/** One problem found: where (parameter or body field) and what. */
export interface Violation {
  at: string;
  problem: string;
}

/** Formats a violation as the message of an `invalid_parameters` error. */
export function describeViolation(v: Violation): string {
  return `${v.at}: ${v.problem}`;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

/** Validates values against schemas of one bundled document (whose `$ref`s it resolves). */
export class SchemaValidator {
  constructor(private readonly doc: unknown) {}

  /** Resolves a `#/...` pointer of the document. */
  resolve(ref: string): Schema {
    let node: unknown = this.doc;
    for (const raw of ref.replace(/^#\//, "").split("/")) {
      const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (node === undefined) throw new Error(`unresolved reference ${ref}`);
    return node as Schema;
  }

  /** Follows `$ref`s until a schema without one. */
  deref(schema: Schema): Schema {
    let current = schema;
    for (let i = 0; i < 32 && typeof current === "object" && typeof current.$ref === "string"; i++) {
      current = this.resolve(current.$ref);
    }
    return current;
  }

  /** Every violation of `value` against `schema`; `at` names the value in messages. */
  validate(schema: Schema, value: unknown, at: string): Violation[] {
    if (schema === true) return [];
    if (schema === false) return [{ at, problem: "is not allowed" }];
    const out: Violation[] = [];
    if (typeof schema.$ref === "string") out.push(...this.validate(this.resolve(schema.$ref), value, at));

    const types = schema.type === undefined ? undefined : ([] as string[]).concat(schema.type as string | string[]);
    if (types && !types.some((t) => hasType(value, t))) {
      out.push({ at, problem: `must be ${types.map(article).join(" or ")}` });
      return out;
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((e) => sameJson(e, value))) {
      out.push({ at, problem: `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(", ")}` });
    }
    if ("const" in schema && !sameJson(schema.const, value)) {
      out.push({ at, problem: `must be ${JSON.stringify(schema.const)}` });
    }
    if (typeof value === "number") out.push(...numberViolations(schema, value, at));
    if (typeof value === "string") out.push(...stringViolations(schema, value, at));
    if (Array.isArray(value)) out.push(...this.arrayViolations(schema, value, at));
    else if (value !== null && typeof value === "object") {
      out.push(...this.objectViolations(schema, value as Record<string, unknown>, at));
    }

    if (Array.isArray(schema.allOf))
      for (const sub of schema.allOf) out.push(...this.validate(sub as Schema, value, at));
    if (Array.isArray(schema.anyOf)) out.push(...this.anyOf(schema.anyOf as Schema[], value, at));
    if (Array.isArray(schema.oneOf)) out.push(...this.oneOf(schema.oneOf as Schema[], value, at));
    if (schema.not !== undefined && this.validate(schema.not as Schema, value, at).length === 0) {
      out.push({ at, problem: "must not match the excluded schema" });
    }
    return out;
  }

  private arrayViolations(schema: Record<string, unknown>, value: unknown[], at: string): Violation[] {
    const out: Violation[] = [];
    if (typeof schema.minItems === "number" && value.length < schema.minItems) {
      out.push({ at, problem: `must have at least ${schema.minItems} items` });
    }
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
      out.push({ at, problem: `must have at most ${schema.maxItems} items` });
    }
    if (schema.items !== undefined) {
      value.forEach((item, i) => {
        out.push(...this.validate(schema.items as Schema, item, `${at}[${i}]`));
      });
    }
    return out;
  }

  private objectViolations(schema: Record<string, unknown>, value: Record<string, unknown>, at: string): Violation[] {
    const out: Violation[] = [];
    const keys = Object.keys(value);
    if (typeof schema.minProperties === "number" && keys.length < schema.minProperties) {
      out.push({ at, problem: `must have at least ${schema.minProperties} field(s)` });
    }
    if (typeof schema.maxProperties === "number" && keys.length > schema.maxProperties) {
      out.push({ at, problem: `must have at most ${schema.maxProperties} field(s)` });
    }
    if (Array.isArray(schema.required)) {
      for (const name of schema.required as string[]) {
        if (value[name] === undefined) out.push({ at: child(at, name), problem: "is required" });
      }
    }
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of keys) {
      const at2 = child(at, key);
      if (key in props) out.push(...this.validate(props[key] as Schema, value[key], at2));
      else if (schema.additionalProperties === false) out.push({ at: at2, problem: "is not a known field" });
      else if (typeof schema.additionalProperties === "object" && schema.additionalProperties !== null) {
        out.push(...this.validate(schema.additionalProperties as Schema, value[key], at2));
      }
    }
    return out;
  }

  private anyOf(branches: Schema[], value: unknown, at: string): Violation[] {
    let best: Violation[] | undefined;
    for (const branch of branches) {
      const found = this.validate(branch, value, at);
      if (found.length === 0) return [];
      if (!best || found.length < best.length) best = found;
    }
    return best ?? [];
  }

  private oneOf(branches: Schema[], value: unknown, at: string): Violation[] {
    const results = branches.map((branch) => this.validate(branch, value, at));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing === 1) return [];
    if (passing > 1) return [{ at, problem: "matches more than one allowed shape" }];
    return results.reduce((a, b) => (b.length < a.length ? b : a));
  }
}

/**
 * Turns the string form of a path, query or header parameter into the value its schema
 * describes (`"25"` → 25 for an integer, `"True"` → true for a boolean). Returns the string
 * unchanged when no typed reading fits; validation then reports the mismatch.
 */
export function coerceParam(schema: Schema, raw: string, validator: SchemaValidator): unknown {
  const resolved = validator.deref(schema);
  if (typeof resolved !== "object") return raw;
  const types = resolved.type === undefined ? ["string"] : ([] as string[]).concat(resolved.type as string | string[]);
  if (types.includes("integer") && /^[+-]?\d+$/.test(raw)) return Number(raw);
  if (types.includes("number") && raw.trim() !== "" && Number.isFinite(Number(raw))) return Number(raw);
  if (types.includes("boolean") && /^(true|false)$/i.test(raw)) return raw.toLowerCase() === "true";
  if (types.includes("boolean") && (raw === "1" || raw === "0")) return raw === "1";
  if (types.includes("array")) {
    const items = (resolved.items ?? {}) as Schema;
    return raw === "" ? [] : raw.split(",").map((part) => coerceParam(items, part, validator));
  }
  if (types.includes("null") && raw === "null" && !types.includes("string")) return null;
  return raw;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

function numberViolations(schema: Record<string, unknown>, value: number, at: string): Violation[] {
  const out: Violation[] = [];
  if (typeof schema.minimum === "number" && value < schema.minimum)
    out.push({ at, problem: `must be >= ${schema.minimum}` });
  if (typeof schema.maximum === "number" && value > schema.maximum)
    out.push({ at, problem: `must be <= ${schema.maximum}` });
  if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) {
    out.push({ at, problem: `must be > ${schema.exclusiveMinimum}` });
  }
  if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) {
    out.push({ at, problem: `must be < ${schema.exclusiveMaximum}` });
  }
  return out;
}

function stringViolations(schema: Record<string, unknown>, value: string, at: string): Violation[] {
  const out: Violation[] = [];
  const length = [...value].length;
  if (typeof schema.minLength === "number" && length < schema.minLength) {
    out.push({ at, problem: `must be at least ${schema.minLength} character(s) long` });
  }
  if (typeof schema.maxLength === "number" && length > schema.maxLength) {
    out.push({ at, problem: `must be at most ${schema.maxLength} character(s) long` });
  }
  if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
    out.push({ at, problem: `must match the pattern ${schema.pattern}` });
  }
  if (schema.format === "date-time" && (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) {
    out.push({ at, problem: "must be an ISO 8601 date-time" });
  }
  if (schema.format === "uri" && !URL.canParse(value)) out.push({ at, problem: "must be an absolute URI" });
  return out;
}

function child(at: string, key: string): string {
  return at === "body" ? key : `${at}.${key}`;
}

function article(type: string): string {
  return type === "null" ? "null" : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A JSON response as `recordResponses` keeps it. */
export interface ResponseSample {
  operationId?: string;
  status: number;
  json: unknown;
}

/**
 * A checker of JSON responses against the response schemas of their operations in `spec`
 * (exact status, then `4XX`-style ranges, then `default`). Built once per spec; each call
 * returns one line per problem of that response.
 */
export function responseChecker(spec: unknown): (sample: ResponseSample) => string[] {
  const validator = new SchemaValidator(spec);
  const operations = new Map<string, { responses?: Record<string, Schema> }>();
  const paths = ((spec as { paths?: Record<string, Record<string, unknown>> }).paths ?? {}) as Record<
    string,
    Record<string, unknown>
  >;
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) {
      const id = (op as { operationId?: unknown } | null)?.operationId;
      if (typeof id === "string") operations.set(id, op as { responses?: Record<string, Schema> });
    }
  }
  return (sample) => {
    if (!sample.operationId) return [];
    const responses = operations.get(sample.operationId)?.responses ?? {};
    const status = String(sample.status);
    const key = [status, `${status[0]}XX`, "default"].find((k) => k in responses);
    if (!key) return [`${sample.operationId} ${status}: status not in the spec`];
    const declared = validator.deref(responses[key] as Schema) as { content?: Record<string, { schema?: Schema }> };
    const schema = declared.content?.["application/json"]?.schema;
    if (!schema) return [];
    return validator
      .validate(schema, sample.json, "response")
      .map((v) => `${sample.operationId} ${status}: ${describeViolation(v)}`);
  };
}

/**
 * Checks recorded JSON responses (see `responseChecker`), so that tests can prove that what
 * the emulator answers is what the spec promises. Returns one line per distinct problem.
 */
export function responseViolations(spec: unknown, samples: ResponseSample[]): string[] {
  const check = responseChecker(spec);
  return [...new Set(samples.flatMap((sample) => check(sample)))];
}
