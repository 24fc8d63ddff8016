/**
 * Which operations have a real response example: every operation of the bundle either has a
 * response example in `spec/examples` (a `response` of a 2xx status, validated against its schema
 * by `examples.test.ts`) or is listed in `spec/examples/missing.json` with the reason it has none.
 * One test per operation names which it is, and the last test prints the counts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundle, exampleFiles, examplesDir, type JsonObject, metaOf, specPathOf } from "./example-corpus.ts";

/** `spec/examples/missing.json`: the operations without a response example and why. */
interface MissingList {
  reasons: Record<string, string>;
  operations: Record<string, string>;
}

/** One operation of the bundle. */
interface Operation {
  id: string;
  /** Whether a 2xx/3xx answer of the operation has an `application/json` body. */
  jsonAnswer: boolean;
}

const missing = JSON.parse(readFileSync(join(examplesDir, "missing.json"), "utf8")) as MissingList;

function bundleOperations(): Operation[] {
  const operations: Operation[] = [];
  for (const item of Object.values(bundle.paths as JsonObject)) {
    for (const operation of Object.values(item as JsonObject)) {
      const op = operation as { operationId?: string; responses?: Record<string, { content?: JsonObject }> };
      if (!op.operationId) continue;
      const answers = Object.entries(op.responses ?? {}).filter(([status]) => /^[23]/.test(status));
      const jsonAnswer = answers.some(([, response]) => response.content?.["application/json"] !== undefined);
      operations.push({ id: op.operationId, jsonAnswer });
    }
  }
  return operations;
}

/** The response examples of each operation (success statuses only; error bodies do not count). */
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

const operations = bundleOperations();
const examples = responseExamples();
const counts = { withExample: 0, noJsonBody: 0, noSource: 0 };

describe("response examples of the operations", () => {
  it("cover an API of at least 146 operations", () => {
    expect(operations.length).toBeGreaterThanOrEqual(146);
    expect(new Set(operations.map((op) => op.id)).size).toBe(operations.length);
  });

  describe.each(operations)("$id", (op) => {
    const files = examples.get(op.id);
    const reason = missing.operations[op.id];
    if (files) {
      it(`has a response example: ${files.join(", ")}`, () => {
        counts.withExample++;
        expect(reason, `${op.id} has an example: remove it from missing.json`).toBeUndefined();
      });
    } else {
      it(`has none: ${reason ?? "(no reason listed)"}`, () => {
        expect(reason, `${op.id} needs a response example or a reason in spec/examples/missing.json`).toBeDefined();
        expect(Object.keys(missing.reasons)).toContain(reason);
        if (reason === "no_json_body") {
          expect(op.jsonAnswer, `${op.id} answers JSON: no_json_body is not its reason`).toBe(false);
          counts.noJsonBody++;
        } else {
          expect(op.jsonAnswer, `${op.id} has no JSON answer: its reason is no_json_body`).toBe(true);
          counts.noSource++;
        }
      });
    }
  });

  it("missing.json names only operations of the bundle and only reasons it uses", () => {
    const ids = new Set(operations.map((op) => op.id));
    expect(Object.keys(missing.operations).filter((id) => !ids.has(id))).toEqual([]);
    const used = new Set(Object.values(missing.operations));
    expect(Object.keys(missing.reasons).filter((key) => !used.has(key))).toEqual([]);
  });

  afterAll(() => {
    const total = counts.withExample + counts.noJsonBody + counts.noSource;
    if (total === operations.length) {
      console.log(
        `response examples: ${counts.withExample} of ${operations.length} operations have one; ` +
          `${counts.noJsonBody} answer no JSON body; ${counts.noSource} have none because no source prints one`,
      );
    }
  });
});
