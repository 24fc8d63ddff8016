/**
 * An API change is one command: a new path file referenced from the root `spec/openapi.yaml`
 * is, after `codegen/generate.ts`, an operation of the table, a method of the groups, a typed
 * path and a documented hover, and the run reports it as added; removing the file and its root
 * line takes all of it away again, reported as removed, leaving the output as it was.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesOf, generate, type Run, repoRoot } from "../helpers/codegen.ts";

/** A made-up area file holding one paged list operation, written as spec/README.md asks. */
const WIDGETS_FILE = `# Widgets: a made-up area of the API (only in this test).
/accounts/{account_id}/storage/widgets:
  parameters:
    - $ref: ../components.yaml#/parameters/AccountId
  get:
    operationId: storage.widgets.list
    tags: [storage]
    summary: List widgets
    description: Lists the widgets of the account, one page at a time.
    x-kloudless-paging: page
    x-kloudless-scope: account
    parameters:
      - $ref: ../components.yaml#/parameters/Page
      - $ref: ../components.yaml#/parameters/PageSize
      - $ref: ../components.yaml#/parameters/RawData
    responses:
      "200":
        description: One page of widgets.
        content:
          application/json:
            schema:
              allOf:
                - $ref: ../schemas/core.yaml#/PageList
                - type: object
                  properties:
                    objects:
                      type: array
                      items:
                        type: object
                        required: [id]
                        properties:
                          id:
                            type: string
                          name:
                            type: string
      "4XX":
        $ref: ../components.yaml#/responses/Error
      "429":
        $ref: ../components.yaml#/responses/RateLimited
      "5XX":
        $ref: ../components.yaml#/responses/Error
`;

/** Its line in the root's `paths`, after the storage paths. */
const WIDGETS_ROOT_LINE = `  /accounts/{account_id}/storage/widgets: { $ref: "./paths/widgets.yaml#/~1accounts~1%7Baccount_id%7D~1storage~1widgets" }\n`;

/** The root line the new one follows. */
const AFTER_LINE = "  /accounts/{account_id}/storage/convert_id:";

/** The lines of a run's report that name an operation added (`+`), changed (`~`) or removed (`-`). */
function changes(run: Run): string[] {
  return run.stdout.split("\n").filter((line) => /^[+~-] /.test(line));
}

/** The number of operations of the repository's spec, as its last generation holds them. */
function operationCount(): number {
  const doc = JSON.parse(readFileSync(join(repoRoot, "generated/openapi.json"), "utf8")) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  return Object.values(doc.paths).flatMap((item) => Object.values(item).filter((op) => op?.operationId)).length;
}

const tmp = mkdtempSync(join(tmpdir(), "kloudless-add-remove-"));
const spec = join(tmp, "spec");
const out = join(tmp, "generated");
const root = join(spec, "openapi.yaml");
let added: Run;
let withWidgets: Record<string, string>;
let removed: Run;
let withoutWidgets: Record<string, string>;

beforeAll(async () => {
  cpSync(join(repoRoot, "spec"), spec, { recursive: true });
  // The previous generation is the repository's, so the report names this change only.
  cpSync(join(repoRoot, "generated"), out, { recursive: true });

  writeFileSync(join(spec, "paths/widgets.yaml"), WIDGETS_FILE);
  const original = readFileSync(root, "utf8");
  const at = original.indexOf("\n", original.indexOf(AFTER_LINE)) + 1;
  expect(at).toBeGreaterThan(0);
  writeFileSync(root, original.slice(0, at) + WIDGETS_ROOT_LINE + original.slice(at));
  added = await generate(spec, out);
  expect(added.code, added.stderr).toBe(0);
  withWidgets = filesOf(out);

  rmSync(join(spec, "paths/widgets.yaml"));
  writeFileSync(root, original);
  removed = await generate(spec, out);
  expect(removed.code, removed.stderr).toBe(0);
  withoutWidgets = filesOf(out);
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("adding a path file to the spec and regenerating", () => {
  it("reports the operation as added, and nothing else", () => {
    expect(changes(added)).toEqual(["+ storage.widgets.list (GET /accounts/{account_id}/storage/widgets)"]);
    expect(added.stdout).toContain(`${operationCount() + 1} operations`);
  });

  it("adds it to the operation table as a page-number list", () => {
    expect(withWidgets["operations.ts"]).toContain(
      `"storage.widgets.list": { m: "GET", p: "/accounts/{account_id}/storage/widgets", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "page" },`,
    );
  });

  it("adds widgets.list to the Account and Client method groups, with no argument for the raw data header", () => {
    const methods = withWidgets["methods.ts"] as string;
    expect(methods).toContain("readonly widgets: {");
    expect(methods).toContain(`list: Method<"storage.widgets.list", []>;`);
    expect(methods).toContain(`list: Method<"storage.widgets.list", [accountId: string | number]>;`);
  });

  it("types the path for typed path calls (PathOperations) and in the schema types", () => {
    expect(withWidgets["methods.ts"]).toContain(
      `"/accounts/{account_id}/storage/widgets": { get: "storage.widgets.list"; };`,
    );
    expect(withWidgets["schema.ts"]).toContain(`"/accounts/{account_id}/storage/widgets": {`);
    expect(withWidgets["openapi.json"]).toContain(`"operationId": "storage.widgets.list"`);
  });

  it("lists it in generated/operations.md with its method, path, paging and summary", () => {
    expect(withWidgets["operations.md"]).toContain(
      "| `storage.widgets.list` | `account.storage.widgets.list()` | GET | `/accounts/{account_id}/storage/widgets` | page | List widgets |",
    );
  });

  it("documents the method's hover: summary, parameters, the raw data request option and the reference page", () => {
    const methods = withWidgets["methods.ts"] as string;
    const hover = methods.slice(
      methods.indexOf("* List widgets"),
      methods.indexOf(`list: Method<"storage.widgets.list"`),
    );
    expect(hover).toContain("Lists the widgets of the account, one page at a time.");
    expect(hover).toContain("`GET /accounts/{account_id}/storage/widgets`");
    expect(hover).toContain("- `params.page`: Page number, starting at 1.");
    expect(hover).toContain("- `getRawData` (`X-Kloudless-Raw-Data`):");
    expect(hover).toContain("Reference: docs/api/openapi.html#/storage/storage.widgets.list");
  });
});

describe("removing the path file and its root line and regenerating", () => {
  it("reports the operation as removed, and nothing else", () => {
    expect(changes(removed)).toEqual(["- storage.widgets.list (GET /accounts/{account_id}/storage/widgets)"]);
  });

  it("leaves no trace of it in any generated file", () => {
    for (const [name, text] of Object.entries(withoutWidgets)) {
      expect(text.includes("widgets"), `generated/${name} still names widgets`).toBe(false);
    }
  });

  it("writes the repository's generated/ again, byte for byte", () => {
    expect(withoutWidgets).toEqual(filesOf(join(repoRoot, "generated")));
  });
});
