/**
 * The emulator's request modes. `strict` (the default) refuses what the spec forbids, as the
 * live API did, so a client that passes against it sends valid requests. `lenient` accepts a
 * short, named list of near-misses that real clients send (`LENIENCY_RULES`), reading them as
 * the valid request they meant. A rule only acts on a request that strict validation refused,
 * and a request accepted thanks to one says so: the answer carries `X-Kloudless-Emulator-Lenient`
 * with the rules' names, and its request log entry lists them, so nothing relaxes silently.
 *
 * The client quirks the live API accepted (see emulator/test/fidelity.test.ts) are not
 * leniencies: they are fidelity, accepted in both modes without a header.
 */
import type { Schema, SchemaValidator } from "./validate.ts";

/** How the emulator treats requests that break the spec. */
export type EmulatorMode = "strict" | "lenient";

/** The names of the leniency rules. */
export type LeniencyRuleName = "clamp-range" | "string-scalars" | "null-as-absent" | "enum-case";

/** One leniency rule of `lenient` mode. */
export interface LeniencyRule {
  /** The name sent in `X-Kloudless-Emulator-Lenient` and kept in the request log. */
  name: LeniencyRuleName;
  /** What the rule accepts, and which clients send it. */
  description: string;
  /** A request it accepts, and how it is read. */
  example: string;
}

/** Every leniency rule, in the order they are documented (docs/emulator.md lists the same). */
export const LENIENCY_RULES: readonly LeniencyRule[] = [
  {
    name: "clamp-range",
    description:
      "An integer query parameter below its minimum or above its maximum is clamped to the bound (clients that ask for a huge page to get everything at once).",
    example: "page_size=5000 is read as page_size=1000; page=0 as page=1",
  },
  {
    name: "string-scalars",
    description:
      "A JSON body field whose schema is an integer, number or boolean, sent as a string of that value, is read as the value (bodies built from form fields, environment variables or string maps).",
    example: '{"direct": "true"} is read as {"direct": true}; {"size": "42"} as {"size": 42}',
  },
  {
    name: "null-as-absent",
    description:
      "null for an optional JSON body field that does not allow null is read as the field being absent (serializers that write unset fields as null: Jackson, Gson, Python's None, JavaScript's null).",
    example: '{"name": "x", "parent_id": null} is read as {"name": "x"}',
  },
  {
    name: "enum-case",
    description:
      "A query parameter or JSON body field that equals one of its enum values but for letter case is read as that value.",
    example: "lang=KEYWORD is read as lang=keyword; image_format=PNG as image_format=png",
  },
];

/** The response header naming the rules a request was accepted by (comma-separated). */
export const LENIENT_HEADER = "X-Kloudless-Emulator-Lenient";

/** Whether `value` is a mode name. */
export function isEmulatorMode(value: unknown): value is EmulatorMode {
  return value === "strict" || value === "lenient";
}

/**
 * Rewrites the parts of one request that strict validation refused into what the leniency
 * rules read them as, noting each rule that changed something in `applied`. The caller
 * validates the result again: a request is accepted only when the rewritten one is valid.
 */
export class Relaxer {
  /** The rules that changed something, in the order they first did. */
  readonly applied = new Set<LeniencyRuleName>();

  constructor(private readonly validator: SchemaValidator) {}

  /** A query parameter's typed value: `clamp-range`, `enum-case` (also in comma lists). */
  queryParam(schema: Schema, value: unknown): unknown {
    const s = this.validator.deref(schema);
    if (typeof s !== "object") return value;
    if (Array.isArray(value) && s.items !== undefined)
      return value.map((item) => this.queryParam(s.items as Schema, item));
    if (typeof value === "number" && typesOf(s).includes("integer")) {
      let clamped = value;
      if (typeof s.minimum === "number" && clamped < s.minimum) clamped = s.minimum;
      if (typeof s.maximum === "number" && clamped > s.maximum) clamped = s.maximum;
      if (clamped !== value) this.applied.add("clamp-range");
      return clamped;
    }
    if (typeof value === "string") return this.enumCase(s, value);
    return value;
  }

  /** A JSON or form body: `null-as-absent`, `string-scalars` and `enum-case`, at any depth. */
  body(schema: Schema, value: unknown): unknown {
    const s = this.validator.deref(schema);
    if (typeof s !== "object") return value;
    if (Array.isArray(value)) {
      return s.items === undefined ? value : value.map((item) => this.body(s.items as Schema, item));
    }
    if (value !== null && typeof value === "object") {
      const { properties, required } = this.objectShape(s);
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
        const property = properties.get(key);
        if (property === undefined) out[key] = field;
        else if (field === null && !required.has(key) && !this.valid(property, null))
          this.applied.add("null-as-absent");
        else out[key] = this.body(property, field);
      }
      return out;
    }
    if (typeof value === "string" && !this.valid(s, value)) {
      const typed = scalarReading(typesOf(s), value);
      if (typed !== undefined && this.valid(s, typed)) {
        this.applied.add("string-scalars");
        return typed;
      }
      return this.enumCase(s, value);
    }
    return value;
  }

  private enumCase(s: Record<string, unknown>, value: string): string {
    if (!Array.isArray(s.enum) || s.enum.includes(value)) return value;
    const match = s.enum.find((e): e is string => typeof e === "string" && e.toLowerCase() === value.toLowerCase());
    if (match === undefined) return value;
    this.applied.add("enum-case");
    return match;
  }

  /** The properties and required names of an object schema, its `allOf` branches included. */
  private objectShape(s: Record<string, unknown>): { properties: Map<string, Schema>; required: Set<string> } {
    const properties = new Map<string, Schema>();
    const required = new Set<string>();
    const visit = (node: Schema, depth: number): void => {
      const n = this.validator.deref(node);
      if (typeof n !== "object" || depth > 8) return;
      for (const [key, sub] of Object.entries((n.properties ?? {}) as Record<string, Schema>)) {
        if (!properties.has(key)) properties.set(key, sub);
      }
      for (const name of (n.required ?? []) as string[]) required.add(name);
      for (const branch of (n.allOf ?? []) as Schema[]) visit(branch, depth + 1);
    };
    visit(s, 0);
    return { properties, required };
  }

  private valid(schema: Schema, value: unknown): boolean {
    return this.validator.validate(schema, value, "value").length === 0;
  }
}

function typesOf(s: Record<string, unknown>): string[] {
  return s.type === undefined ? [] : ([] as string[]).concat(s.type as string | string[]);
}

/** The integer, number or boolean a string spells, when the schema's types take one. */
function scalarReading(types: string[], raw: string): number | boolean | undefined {
  if (types.includes("integer") && /^[+-]?\d+$/.test(raw)) return Number(raw);
  if (types.includes("number") && raw.trim() !== "" && Number.isFinite(Number(raw))) return Number(raw);
  if (types.includes("boolean") && /^(true|false)$/i.test(raw)) return raw.toLowerCase() === "true";
  return undefined;
}
