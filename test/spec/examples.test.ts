/**
 * The spec against real data: every example payload of `spec/examples/<area>/NAME.json`
 * (described by `NAME.meta.json`, which names its source) must validate against the
 * schema the bundled spec gives its operation and status.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ajv,
  bundle as doc,
  type ExampleMeta,
  exampleFiles,
  examplesDir,
  type JsonObject,
  metaOf,
  type Pointer,
  readJson,
  specPathOf,
  validatorAt,
} from "./example-corpus.ts";

const files = exampleFiles();
const examples = files.filter((file) => file.endsWith(".json") && !file.endsWith(".meta.json"));
const fragments = files.filter((file) => file.endsWith(".fragment.txt"));

/** Fragments are kept verbatim by the notes but are not JSON (trailing commas, `...`, JS literals). */
const KNOWN_FRAGMENTS = ["auth/oob-authenticator-result.fragment.txt", "core/raw-id-v1-format.fragment.txt"];

// --- Finding the schema of an example --------------------------------------------------

function nodeAt(pointer: Pointer): unknown {
  let node: unknown = doc;
  for (const key of pointer) node = node !== null && typeof node === "object" ? (node as JsonObject)[key] : undefined;
  return node;
}

/** Follows `$ref`s until the pointer names a node that is not a reference. */
function deref(pointer: Pointer): Pointer {
  let current = pointer;
  for (let hops = 0; hops < 20; hops++) {
    const ref = (nodeAt(current) as JsonObject | undefined)?.$ref;
    if (typeof ref !== "string") return current;
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  }
  throw new Error(`reference cycle at ${current.join("/")}`);
}

/** Walks `keys` down from `pointer`, following references on the way (a response may be a `$ref`). */
function walk(pointer: Pointer, ...keys: string[]): Pointer | undefined {
  let current = pointer;
  for (const key of keys) {
    const node = nodeAt(deref(current)) as JsonObject | undefined;
    if (!node || !(key in node)) return undefined;
    current = [...deref(current), key];
  }
  return current;
}

/** The response key for a status: the status itself, else its `4XX`/`5XX` range. */
function responseKey(responses: JsonObject, status: number): string {
  if (String(status) in responses) return String(status);
  const range = `${String(status)[0]}XX`;
  if (range in responses) return range;
  throw new Error(`no response for status ${status} (has ${Object.keys(responses).join(", ")})`);
}

/** Where the JSON schema of an example's body is, and a label saying which body it is. */
function schemaOf(meta: ExampleMeta): { pointer: Pointer; label: string } {
  const path = specPathOf(meta.path);
  const method = meta.method.toLowerCase();
  const operation = walk(["paths", path, method]);
  if (!operation) throw new Error(`no operation ${meta.method} ${path}`);
  const operationId = (nodeAt(operation) as JsonObject).operationId as string;
  if (meta.status === null || meta.kind === "request") {
    const pointer = walk(operation, "requestBody", "content", "application/json", "schema");
    if (!pointer) throw new Error(`${operationId} has no application/json request body`);
    return { pointer, label: `${operationId} request body` };
  }
  const responses = nodeAt(deref([...operation, "responses"])) as JsonObject;
  const key = responseKey(responses, meta.status);
  const pointer = walk(operation, "responses", key, "content", "application/json", "schema");
  if (!pointer) throw new Error(`${operationId} response ${key} has no application/json body`);
  return { pointer, label: `${operationId} response ${key}` };
}

/** The schema of the elements of a list envelope (`objects.items`, through `allOf`), if it is one. */
function listItemOf(pointer: Pointer): Pointer | undefined {
  const at = deref(pointer);
  const node = nodeAt(at) as JsonObject;
  const items = walk(at, "properties", "objects", "items");
  if (items && Object.keys(nodeAt(items) as JsonObject).length > 0) return items;
  const parts = (node.allOf as unknown[] | undefined) ?? [];
  for (let i = 0; i < parts.length; i++) {
    const found = listItemOf([...at, "allOf", String(i)]);
    if (found) return found;
  }
  return undefined;
}

// --- Validation ------------------------------------------------------------------------

/** Validates one example; returns what it was checked against and the errors, if any. */
function validateExample(meta: ExampleMeta, data: unknown): { checkedAgainst: string; errors: string[] } {
  const { pointer, label } = schemaOf(meta);
  const envelope = validatorAt(pointer);
  const item = meta.kind === "response" ? listItemOf(pointer) : undefined;
  const isObject = data !== null && typeof data === "object" && !Array.isArray(data);
  // A single element of a list (no `objects`): it must fit the item schema and not the envelope.
  if (item && isObject && !("objects" in data)) {
    const element = validatorAt(item);
    const errors = element(data) ? [] : ajv.errorsText(element.errors, { separator: "\n" }).split("\n");
    if (envelope(data)) errors.push("also validates as the whole list envelope: ambiguous example");
    return { checkedAgainst: `one element of ${label} objects`, errors };
  }
  const errors = envelope(data) ? [] : ajv.errorsText(envelope.errors, { separator: "\n" }).split("\n");
  return { checkedAgainst: label, errors };
}

// --- Tests -----------------------------------------------------------------------------

describe("examples of the API notes", () => {
  it("are found in the repository", () => {
    expect(existsSync(examplesDir), `${examplesDir} is missing`).toBe(true);
    expect(examples.length).toBeGreaterThanOrEqual(14);
  });

  it("each have a meta file naming method, path, status and kind", () => {
    for (const file of [...examples, ...fragments]) {
      const meta = metaOf(file);
      expect(meta.method, file).toMatch(/^(GET|POST|PUT|PATCH|DELETE)$/);
      expect(meta.path, file).toMatch(/\//);
      expect(meta.kind, file).toMatch(/^(request|response)$/);
      expect(meta.status === null || typeof meta.status === "number", file).toBe(true);
    }
  });

  it("skip the .fragment.txt files on purpose: they are not JSON", () => {
    expect(fragments).toEqual(KNOWN_FRAGMENTS);
    for (const file of fragments) {
      const text = readFileSync(join(examplesDir, file), "utf8");
      expect(() => JSON.parse(text), file).toThrow();
    }
  });

  describe("validate against the schema of their operation and status", () => {
    it.each(examples)("%s", (file) => {
      const meta = metaOf(file);
      const { checkedAgainst, errors } = validateExample(meta, readJson(file));
      expect(errors, `${file} against ${checkedAgainst}`).toEqual([]);
    });
  });
});

describe("the example check is not vacuous", () => {
  it("rejects a folder listing whose File has size: 'big'", () => {
    const file = "storage/folder-contents-fixture.json";
    const data = readJson(file) as { objects: JsonObject[] };
    const fileObject = data.objects.find((object) => object.type === "file");
    expect(fileObject).toBeDefined();
    (fileObject as JsonObject).size = "big";
    const { errors } = validateExample(metaOf(file), data);
    expect(errors.join("\n")).toMatch(/size/);
  });

  it("rejects a single list element that does not fit the item schema", () => {
    const file = "calendar/activity-calendar-event-added-response.json";
    const data = readJson(file) as JsonObject;
    data.id = 42;
    const { checkedAgainst, errors } = validateExample(metaOf(file), data);
    expect(checkedAgainst).toBe("one element of events.list response 200 objects");
    expect(errors.join("\n")).toMatch(/\/id must be string/);
  });

  it("rejects a request body of the wrong shape", () => {
    const meta: ExampleMeta = {
      method: "POST",
      path: "/accounts/{account_id}/cal/calendars",
      status: null,
      kind: "request",
    };
    const { checkedAgainst, errors } = validateExample(meta, { name: 42 });
    expect(checkedAgainst).toBe("calendar.calendars.create request body");
    expect(errors).not.toEqual([]);
  });
});
