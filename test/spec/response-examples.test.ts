/**
 * Which operations have a response example, and of which kind. Every operation of the bundle is
 * one of:
 * - evidenced: a real response in `spec/examples` (a `response` of a 2xx status, validated against
 *   its schema by `examples.test.ts`);
 * - illustrative: listed in `spec/examples/missing.json` with the reason no source prints its
 *   answer, and given a labelled example in the spec itself (`examples.illustrative` of each JSON
 *   success response), which must validate against the response's schema;
 * - no JSON body: listed in `missing.json` as `no_json_body` (204, redirects, bytes), no example.
 * One test per operation names which it is, and the counts are asserted and printed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  ajv,
  bundle,
  exampleFiles,
  examplesDir,
  type JsonObject,
  metaOf,
  type Pointer,
  specPathOf,
  validatorAt,
} from "./example-corpus.ts";

/** `spec/examples/missing.json`: the operations without a real response example and why. */
interface MissingList {
  reasons: Record<string, string>;
  operations: Record<string, string>;
}

/** The name and summary every illustrative example of the spec carries. */
const ILLUSTRATIVE = "illustrative";
const ILLUSTRATIVE_SUMMARY = "Illustrative (no source prints this answer; see spec/examples/missing.json)";

/** One `application/json` body of a 2xx/3xx answer of an operation. */
interface JsonAnswer {
  status: string;
  /** Where its media type object is in the bundle. */
  pointer: Pointer;
  media: JsonObject;
}

/** One operation of the bundle. */
interface Operation {
  id: string;
  /** Its 2xx/3xx answers with an `application/json` body. */
  answers: JsonAnswer[];
}

const missing = JSON.parse(readFileSync(join(examplesDir, "missing.json"), "utf8")) as MissingList;

/** A response of an operation, or the `#/components/responses/...` one it references. */
function responseAt(pointer: Pointer): { pointer: Pointer; response: JsonObject } {
  let node: unknown = bundle;
  for (const key of pointer) node = (node as JsonObject)[key];
  const ref = (node as JsonObject).$ref;
  if (typeof ref !== "string") return { pointer, response: node as JsonObject };
  const name = ref.split("/").pop() as string;
  const responses = (bundle.components as JsonObject).responses as JsonObject;
  return { pointer: ["components", "responses", name], response: responses[name] as JsonObject };
}

function bundleOperations(): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(bundle.paths as JsonObject)) {
    for (const [method, operation] of Object.entries(item as JsonObject)) {
      const op = operation as { operationId?: string; responses?: JsonObject };
      if (!op.operationId) continue;
      const answers: JsonAnswer[] = [];
      for (const status of Object.keys(op.responses ?? {}).filter((key) => /^[23]/.test(key))) {
        const { pointer, response } = responseAt(["paths", path, method, "responses", status]);
        const media = (response.content as JsonObject | undefined)?.["application/json"] as JsonObject | undefined;
        if (media) answers.push({ status, pointer: [...pointer, "content", "application/json"], media });
      }
      operations.push({ id: op.operationId, answers });
    }
  }
  return operations;
}

/** The real response examples of each operation (success statuses only; error bodies do not count). */
function responseExamples(): Map<string, string[]> {
  const byOperation = new Map<string, string[]>();
  const files = exampleFiles().filter((file) => file.endsWith(".json") && !file.endsWith(".meta.json"));
  for (const file of files) {
    const meta = metaOf(file);
    if (meta.kind !== "response" || meta.status === null || meta.status < 200 || meta.status >= 300) continue;
    const item = (bundle.paths as Record<string, Record<string, { operationId: string }>>)[specPathOf(meta.path)];
    const id = item?.[meta.method.toLowerCase()]?.operationId;
    if (!id) throw new Error(`${file}: no operation ${meta.method} ${meta.path}`);
    byOperation.set(id, [...(byOperation.get(id) ?? []), file]);
  }
  return byOperation;
}

/** The illustrative example of a JSON answer, if it has one. */
function illustrativeOf(answer: JsonAnswer): { summary?: unknown; value?: unknown } | undefined {
  return (answer.media.examples as JsonObject | undefined)?.[ILLUSTRATIVE] as JsonObject | undefined;
}

/** ajv's errors for an answer's illustrative example against the answer's schema. */
function illustrativeErrors(answer: JsonAnswer, value: unknown): string[] {
  const validate = validatorAt([...answer.pointer, "schema"]);
  return validate(value) ? [] : ajv.errorsText(validate.errors, { separator: "\n" }).split("\n");
}

const operations = bundleOperations();
const examples = responseExamples();

type Kind = "evidenced" | "illustrative" | "noJsonBody";
/** Which kind of example an operation has, read from the corpus and missing.json alone. */
function kindOf(op: Operation): Kind {
  if (examples.has(op.id)) return "evidenced";
  return missing.operations[op.id] === "no_json_body" ? "noJsonBody" : "illustrative";
}
const counts: Record<Kind, number> = { evidenced: 0, illustrative: 0, noJsonBody: 0 };
for (const op of operations) counts[kindOf(op)]++;

describe("response examples of the operations", () => {
  it("cover an API of at least 146 operations", () => {
    expect(operations.length).toBeGreaterThanOrEqual(146);
    expect(new Set(operations.map((op) => op.id)).size).toBe(operations.length);
  });

  describe.each(operations)("$id", (op) => {
    const files = examples.get(op.id);
    const reason = missing.operations[op.id];
    if (files) {
      it(`has a real response example: ${files.join(", ")}`, () => {
        expect(reason, `${op.id} has an example: remove it from missing.json`).toBeUndefined();
        for (const answer of op.answers) {
          expect(
            illustrativeOf(answer),
            `${op.id} ${answer.status} has a real example: drop the illustrative one`,
          ).toBe(undefined);
        }
      });
    } else if (reason === "no_json_body") {
      it("has none: its success answer has no JSON body", () => {
        expect(
          op.answers.map((answer) => answer.status),
          `${op.id} answers JSON: no_json_body is not its reason`,
        ).toEqual([]);
      });
    } else {
      it(`has an illustrative example of each JSON answer (${reason ?? "no reason listed"})`, () => {
        expect(reason, `${op.id} needs a response example or a reason in spec/examples/missing.json`).toBeDefined();
        expect(Object.keys(missing.reasons)).toContain(reason);
        expect(op.answers.length, `${op.id} has no JSON answer: its reason is no_json_body`).toBeGreaterThan(0);
        for (const answer of op.answers) {
          const example = illustrativeOf(answer);
          expect(example, `${op.id} ${answer.status} needs examples.illustrative`).toBeDefined();
          expect(example?.summary, `${op.id} ${answer.status}`).toBe(ILLUSTRATIVE_SUMMARY);
          expect(example && "value" in example, `${op.id} ${answer.status}: the example has no value`).toBe(true);
          expect(illustrativeErrors(answer, example?.value), `${op.id} ${answer.status} illustrative example`).toEqual(
            [],
          );
        }
      });
    }
  });

  it("label every example of a success answer in the spec as illustrative (none claims a source)", () => {
    const unlabelled: string[] = [];
    for (const op of operations) {
      for (const answer of op.answers) {
        const where = `${op.id} ${answer.status}`;
        if ("example" in answer.media) unlabelled.push(`${where}: example (use examples.${ILLUSTRATIVE})`);
        for (const [name, example] of Object.entries((answer.media.examples as JsonObject | undefined) ?? {})) {
          const { summary, externalValue } = example as JsonObject;
          if (name !== ILLUSTRATIVE || summary !== ILLUSTRATIVE_SUMMARY || externalValue !== undefined)
            unlabelled.push(`${where}: examples.${name} (summary ${JSON.stringify(summary)})`);
        }
      }
    }
    expect(unlabelled).toEqual([]);
  });

  it("reject an illustrative example that does not fit its schema", () => {
    const op = operations.find((candidate) => candidate.id === "storage.files.retrieve");
    const answer = op?.answers[0] as JsonAnswer;
    const value = structuredClone(illustrativeOf(answer)?.value) as JsonObject;
    expect(illustrativeErrors(answer, value)).toEqual([]);
    value.size = "big";
    expect(illustrativeErrors(answer, value).join("\n")).toMatch(/size/);
  });

  it("missing.json names only operations of the bundle and only reasons it uses", () => {
    const ids = new Set(operations.map((op) => op.id));
    expect(Object.keys(missing.operations).filter((id) => !ids.has(id))).toEqual([]);
    const used = new Set(Object.values(missing.operations));
    expect(Object.keys(missing.reasons).filter((key) => !used.has(key))).toEqual([]);
  });

  it("count evidenced, illustrative and no-JSON-body operations up to all of them", () => {
    expect(counts.evidenced + counts.illustrative + counts.noJsonBody).toBe(operations.length);
    const withJson = operations.filter((op) => op.answers.length > 0).length;
    expect(counts.evidenced + counts.illustrative).toBe(withJson);
  });

  afterAll(() => {
    console.log(
      `response examples of ${operations.length} operations: ${counts.evidenced} evidenced (spec/examples), ` +
        `${counts.illustrative} illustrative (labelled, in the spec), ${counts.noJsonBody} answer no JSON body`,
    );
  });
});
