/**
 * src/'s layers (docs/architecture.md, Folders) import as drawn: `core/` imports no other layer;
 * `operations/` reaches `helpers/` only through `import()` or for types (the runtime-helper
 * registry loads their code on first use) and never the client (the files at the top of src/:
 * client.ts, account.ts, base-client.ts, ...); only `helpers/` and the entries (`node/`,
 * `openapi-fetch/`) import those, and no module imports `index.ts`.
 * Each file's imports are read with the TypeScript parser.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../..");
const src = join(repoRoot, "src");

/** An import of `file`: the repository-relative module it names, and how. */
interface Edge {
  file: string;
  target: string;
  kind: "value" | "type" | "dynamic";
}

function edgesOf(file: string): Edge[] {
  const code = readFileSync(join(repoRoot, file), "utf8");
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edges: Edge[] = [];
  const add = (specifier: ts.Node | undefined, kind: Edge["kind"]): void => {
    if (!specifier || !ts.isStringLiteralLike(specifier) || !specifier.text.startsWith(".")) return;
    edges.push({ file, target: relative(repoRoot, resolve(dirname(join(repoRoot, file)), specifier.text)), kind });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.isTypeOnly ? "type" : "value");
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly ? "type" : "value");
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(node.arguments[0], "dynamic");
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, "type");
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

const edges = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
  .flatMap((entry) => edgesOf(relative(repoRoot, join(entry.parentPath, entry.name))));

const layerOf = (path: string): string =>
  path.startsWith("src/core/")
    ? "core"
    : path.startsWith("src/operations/")
      ? "operations"
      : path.startsWith("src/helpers/")
        ? "helpers"
        : /^src\/[^/]+\.ts$/.test(path)
          ? "client"
          : path.startsWith("src/")
            ? "entry"
            : "outside";

const show = (list: Edge[]) => list.map((e) => `${e.file} → ${e.target} (${e.kind})`);

describe("src/ layers", () => {
  it("reads the imports of every layer", () => {
    for (const layer of ["core", "operations", "helpers", "client"]) {
      expect(edges.some((e) => layerOf(e.file) === layer)).toBe(true);
    }
  });

  it("core/ imports no other layer", () => {
    const up = edges.filter((e) => layerOf(e.file) === "core" && !["core", "outside"].includes(layerOf(e.target)));
    expect(show(up)).toEqual([]);
  });

  it("operations/ reaches helpers/ only through import() or for types, and never the client", () => {
    const up = edges.filter(
      (e) =>
        layerOf(e.file) === "operations" &&
        (layerOf(e.target) === "client" || (layerOf(e.target) === "helpers" && e.kind === "value")),
    );
    expect(show(up)).toEqual([]);
  });

  it("nothing below the client imports it (only helpers/ and the entries), and nothing imports index.ts", () => {
    const toClient = edges.filter(
      (e) => layerOf(e.target) === "client" && ["core", "operations"].includes(layerOf(e.file)),
    );
    const toIndex = edges.filter((e) => e.target === "src/index.ts");
    expect(show(toClient)).toEqual([]);
    expect(show(toIndex)).toEqual([]);
  });
});
