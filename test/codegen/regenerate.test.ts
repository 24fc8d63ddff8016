/**
 * A change of the API is a change of the spec and nothing else: adding an operation to a copy
 * of spec/ and regenerating is enough for the SDK to offer it as a typed method, with no
 * handwritten change in src/. And generation is deterministic, so generated/ can be checked
 * against spec/ (`make check-generated`).
 */
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { filesOf, generate, type Run, repoRoot, run } from "../helpers/codegen.ts";

const bin = (name: string) => join(repoRoot, "node_modules/.bin", name);

/** The new operation, written as spec/README.md asks (operationId, tag, summary, paging, scope, errors). */
const LIST_VERSIONS = `
/accounts/{account_id}/storage/files/{file_id}/versions:
  parameters:
    - $ref: ../components.yaml#/parameters/AccountId
    - name: file_id
      in: path
      required: true
      description: Kloudless file ID.
      schema:
        type: string
        minLength: 1
  get:
    operationId: storage.files.listVersions
    tags: [storage]
    summary: List a file's versions
    x-kloudless-paging: none
    x-kloudless-scope: account
    responses:
      "200":
        description: The file's versions, newest first.
        content:
          application/json:
            schema:
              type: object
              required: [objects]
              properties:
                objects:
                  type: array
                  items:
                    type: object
                    required: [id]
                    properties:
                      id:
                        type: string
                      modified:
                        type: string
                        format: date-time
                      size:
                        type: integer
      "4XX":
        $ref: ../components.yaml#/responses/Error
      "429":
        $ref: ../components.yaml#/responses/RateLimited
      "5XX":
        $ref: ../components.yaml#/responses/Error
`;

/** Its line in spec/openapi.yaml, which lists every path of spec/paths/*.yaml. */
const LIST_VERSIONS_ROOT = `  /accounts/{account_id}/storage/files/{file_id}/versions: { $ref: "./paths/storage.yaml#/~1accounts~1%7Baccount_id%7D~1storage~1files~1%7Bfile_id%7D~1versions" }
`;

/** A user of the SDK calling the new operation; it only compiles when the method exists and is typed. */
const USE_TS = `import { Account } from "./src/index.ts";

const a = new Account({ token: "t" });
const r = await a.storage.files.listVersions("f1");
r.data;
const firstVersionId: string | undefined = r.objects[0]?.data.id;
for await (const version of r) version.data.id satisfies string;
// @ts-expect-error: the spec has no such operation
await a.storage.files.listRevisions("f1");

export { firstVersionId };
`;

/** Makes `dir` a TypeScript project holding a copy of src/, the given generated/ and use.ts. */
function sdkUserProject(dir: string, generatedDir: string): void {
  cpSync(join(repoRoot, "src"), join(dir, "src"), { recursive: true });
  if (resolve(generatedDir) !== resolve(dir, "generated"))
    cpSync(generatedDir, join(dir, "generated"), { recursive: true });
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), `{ "type": "module" }\n`);
  const text = readFileSync(join(repoRoot, "tsconfig.json"), "utf8");
  const { config } = ts.parseConfigFileTextToJson("tsconfig.json", text);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: config.compilerOptions, include: ["use.ts"] }, null, 2),
  );
  writeFileSync(join(dir, "use.ts"), USE_TS);
}

const tmp = mkdtempSync(join(tmpdir(), "kloudless-regenerate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("generate is deterministic", () => {
  let first: Record<string, string>;
  let second: Record<string, string>;

  beforeAll(async () => {
    const runs = await Promise.all([
      generate(join(repoRoot, "spec"), join(tmp, "first"), "--quiet"),
      generate(join(repoRoot, "spec"), join(tmp, "second"), "--quiet"),
    ]);
    for (const { code, stderr } of runs) expect(code, stderr).toBe(0);
    first = filesOf(join(tmp, "first"));
    second = filesOf(join(tmp, "second"));
  }, 120_000);

  it("writes identical files on two runs", () => {
    expect(Object.keys(first)).toEqual([
      "methods.ts",
      "openapi.json",
      "operation-ids.ts",
      "operations.md",
      "operations.ts",
      "schema.ts",
    ]);
    expect(second).toEqual(first);
  });

  it("writes exactly the committed generated/ from the repository's spec/ (make check-generated)", () => {
    const committed = filesOf(join(repoRoot, "generated"));
    expect(Object.keys(committed)).toEqual(Object.keys(first));
    for (const name of Object.keys(first)) {
      expect(committed[name] === first[name], `generated/${name} is stale: run 'make generate'`).toBe(true);
    }
  });
});

describe("a new operation in the spec becomes a typed method with no handwritten change", () => {
  const project = join(tmp, "with-list-versions");
  const generated = join(project, "generated");
  let generation: Run;

  beforeAll(async () => {
    cpSync(join(repoRoot, "spec"), join(project, "spec"), { recursive: true });
    appendFileSync(join(project, "spec/paths/storage.yaml"), LIST_VERSIONS);
    const root = join(project, "spec/openapi.yaml");
    writeFileSync(root, readFileSync(root, "utf8").replace("\npaths:\n", `\npaths:\n${LIST_VERSIONS_ROOT}`));
    // Start from the current API's bundle so that the report lists what this change adds.
    mkdirSync(generated, { recursive: true });
    const base = await generate(join(repoRoot, "spec"), join(tmp, "base"), "--quiet");
    expect(base.code, base.stderr).toBe(0);
    cpSync(join(tmp, "base/openapi.json"), join(generated, "openapi.json"));
    generation = await generate(join(project, "spec"), generated);
    expect(generation.code, generation.stderr).toBe(0);
  }, 120_000);

  it("reports the operation as added, and nothing else", () => {
    const changes = generation.stdout.split("\n").filter((line) => /^[+~-] /.test(line));
    expect(changes).toEqual([
      "+ storage.files.listVersions (GET /accounts/{account_id}/storage/files/{file_id}/versions)",
    ]);
  });

  it("adds it to the operation table", async () => {
    const { operations } = (await import(pathToFileURL(join(generated, "operations.ts")).href)) as {
      operations: Record<string, unknown>;
    };
    // A bare `{ objects }` envelope without paging is still a list: the result kind is ResourceList.
    expect(operations["storage.files.listVersions"]).toEqual({
      m: "GET",
      p: "/accounts/{account_id}/storage/files/{file_id}/versions",
      a: ["account_id", "file_id"],
      r: "ResourceList",
    });
  });

  it("declares listVersions in the Account and Client method groups", () => {
    const methods = readFileSync(join(generated, "methods.ts"), "utf8");
    expect(methods).toContain(`listVersions: Method<"storage.files.listVersions", [fileId: string]>;`);
    expect(methods).toContain(
      `listVersions: Method<"storage.files.listVersions", [accountId: string | number, fileId: string]>;`,
    );
  });

  it("lets SDK users call account.storage.files.listVersions(id), typed, with src/ unchanged", async () => {
    sdkUserProject(project, generated);
    const { code, stdout, stderr } = await run(bin("tsc"), ["-p", "."], project);
    expect(`${stdout}${stderr}`).toBe("");
    expect(code).toBe(0);
  }, 120_000);

  it("does not compile the same code against the unmodified generated/ (listVersions missing)", async () => {
    const unchanged = join(tmp, "without-list-versions");
    sdkUserProject(unchanged, join(repoRoot, "generated"));
    const { code, stdout } = await run(bin("tsc"), ["-p", "."], unchanged);
    expect(code).not.toBe(0);
    const errors = stdout.split("\n").filter((line) => line.includes("error TS"));
    expect(errors).toEqual([
      expect.stringMatching(/^use\.ts\(4,\d+\): error TS2339: Property 'listVersions' does not exist/),
    ]);
  }, 120_000);
});
