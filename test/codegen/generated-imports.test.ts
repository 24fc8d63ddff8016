/**
 * generated/ holds data and types only and never imports src/: src/ reads generated/, never the
 * reverse (the runtime maps the helper names and result kinds of the table to its own code).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../..");
const generatedDir = join(repoRoot, "generated");
const srcDir = join(repoRoot, "src");

/** Module specifiers of `import`/`export ... from`, side-effect imports and `import(...)` types or calls. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

describe("generated/ never imports src/", () => {
  const files = readdirSync(generatedDir).filter((name) => /\.(ts|mts|cts|js|mjs)$/.test(name));

  it("has generated code to check", () => {
    expect(files).toEqual(expect.arrayContaining(["methods.ts", "operations.ts", "schema.ts"]));
  });

  it.each(files)("generated/%s imports nothing from src/", (name) => {
    const imports = specifiers(readFileSync(join(generatedDir, name), "utf8"));
    const intoSrc = imports.filter((spec) => {
      if (!spec.startsWith(".")) return /(^|\/)src(\/|$)/.test(spec);
      const target = relative(srcDir, resolve(generatedDir, spec));
      return !target.startsWith("..");
    });
    expect(intoSrc).toEqual([]);
  });

  it("catches an import of src/ (the check itself works)", () => {
    expect(specifiers(`import type { X } from "../src/helpers.ts";\ntype Y = import("../src/a.ts").B;`)).toEqual([
      "../src/helpers.ts",
      "../src/a.ts",
    ]);
  });
});
