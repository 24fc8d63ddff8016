/**
 * No value-import cycle in src/, emulator/src/, codegen/, bench/ or generated/: each module's static imports,
 * side-effect imports, `export ... from` and `import()` calls of relative modules, parsed with
 * the TypeScript compiler, form a graph without circles. `import type` and `export type` are
 * erased and do not count (a module loaded on first use may take types from its loader);
 * `import { type A }` does, as `verbatimModuleSyntax` keeps it as `import {}`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../..");
const roots = ["src", "emulator/src", "codegen", "bench", "generated"];

/** Relative module specifiers that `fileName`'s code loads at run time. */
function valueImports(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const add = (specifier: ts.Expression | undefined): void => {
    if (specifier && ts.isStringLiteralLike(specifier)) found.push(specifier.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      if (!node.importClause?.isTypeOnly) add(node.moduleSpecifier);
      return;
    }
    if (ts.isExportDeclaration(node)) {
      if (!node.isTypeOnly) add(node.moduleSpecifier);
      return;
    }
    if (ts.isImportEqualsDeclaration(node)) {
      if (!node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((specifier) => specifier.startsWith("."));
}

/** The file a relative specifier names (`./a.ts`, `./a.js` for `a.ts`, `./a`, `./dir`). */
function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.(m|c)?js$/, ".$1ts"), `${base}.ts`, `${base}.mts`, join(base, "index.ts")];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(m|c)?ts$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Each file's value imports among the files scanned and the files they reach. */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = [...files];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (graph.has(file) || !/\.(m|c)?ts$/.test(file)) continue;
    const targets = valueImports(file, readFileSync(file, "utf8"))
      .map((specifier) => resolveModule(file, specifier))
      .filter((target): target is string => target !== undefined);
    graph.set(file, targets);
    queue.push(...targets);
  }
  return graph;
}

/** The cycles of a graph: one closed path per strongly connected component (Tarjan). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return components.map((component) => closedPath(graph, new Set(component), component.sort()[0] as string));
}

/** A path from `start` back to `start` inside one component (breadth first: a shortest one). */
function closedPath(graph: Map<string, string[]>, component: Set<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0] as string) as string);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

describe("import cycles", () => {
  it("reads value imports and leaves type imports out", () => {
    const text = [
      'import { a } from "./a.ts";',
      'import type { B } from "./b.ts";',
      'import { type C } from "./c.ts";',
      'import "./d.ts";',
      'export { e } from "./e.ts";',
      'export type { F } from "./f.ts";',
      'export * from "./g.ts";',
      'import { readFileSync } from "node:fs";',
      'type H = import("./h.ts").H;',
      'const i = async () => (await import("./i.ts")).i;',
    ].join("\n");
    expect(valueImports("x.ts", text)).toEqual(["./a.ts", "./c.ts", "./d.ts", "./e.ts", "./g.ts", "./i.ts"]);
  });

  it("finds a cycle, lazy or not, and names its files", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
      ["e", ["e"]],
    ]);
    expect(findCycles(graph)).toEqual([
      ["a", "b", "c", "a"],
      ["e", "e"],
    ]);
    expect(
      findCycles(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("src/, codegen/, bench/ and generated/ have no value-import cycle", () => {
    const files = roots.flatMap((root) => sourceFiles(join(repoRoot, root)));
    expect(files.length).toBeGreaterThan(50);
    const cycles = findCycles(importGraph(files)).map((cycle) =>
      cycle.map((file) => relative(repoRoot, file)).join(" → "),
    );
    expect(cycles, `value-import cycles:\n${cycles.join("\n")}`).toEqual([]);
  });
});
