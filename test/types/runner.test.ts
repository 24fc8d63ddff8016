/**
 * The compile-time test runner (test/types/run.ts, `make typetest`) on a folder of its own:
 * pass files must compile; in fail files, each line announced by an `// expect-error:` comment
 * above it must fail with that error's first line, and no other line may fail.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../..");
const dirs: string[] = [];

/** Writes `files` (relative path → text) into a fresh folder and runs the runner on it. */
async function runOn(files: Record<string, string>): Promise<{ status: number | null; lines: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "kloudless-typetest-"));
  dirs.push(dir);
  // ES modules, as in the repository (NodeNext reads the module kind from package.json).
  writeFileSync(join(dir, "package.json"), `{ "type": "module" }\n`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const tsx = join(repoRoot, "node_modules/.bin/tsx");
  return new Promise((done) => {
    const child = execFile(
      tsx,
      [join(repoRoot, "test/types/run.ts"), dir],
      { cwd: repoRoot },
      (_error, stdout, stderr) => {
        done({ status: child.exitCode, lines: `${stdout}${stderr}`.trim().split("\n") });
      },
    );
  });
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const GOOD_PASS = `import { join } from "node:path";\nexport const where: string = join("a", "b");\n`;
const GOOD_FAIL = `// expect-error: TS2322\nexport const n: number = "not a number";\n`;

describe("test/types/run.ts", () => {
  it("reports each pass file and each fail case, and exits 1 when one is wrong", async () => {
    const { status, lines } = await runOn({
      "pass/good.ts": GOOD_PASS,
      // An error only under the repository's options (noUncheckedIndexedAccess): proves they are used.
      "pass/broken.ts": `const names: string[] = [];\nexport const first: string = names[0];\n`,
      "fail/expected.ts": GOOD_FAIL,
      "fail/compiles.ts": `// expect-error: TS2322\nexport const n: number = 1;\n`,
      "fail/unrelated.ts": `// expect-error: TS2322\nimport { nope } from "./missing.ts";\nexport const n: number = nope;\n`,
      "fail/unannounced.ts": `export const n: number = "not a number";\n`,
      // The error is there, but one line below the announced one.
      "fail/wrong-line.ts": `// expect-error: TS2322\nexport const a = 1;\nexport const n: number = "x";\n`,
    });
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(
        /^FAIL pass\/broken\.ts: TS2322: Type 'string \| undefined' is not assignable to type 'string'/,
      ),
      "ok   pass/good.ts",
      expect.stringMatching(/^FAIL fail\/compiles\.ts:2: compiles, but an error matching "TS2322" was expected$/),
      expect.stringMatching(/^ok {3}fail\/expected\.ts:2: TS2322: Type 'string' is not assignable to type 'number'\./),
      expect.stringMatching(/^FAIL fail\/unannounced\.ts: no case: put `\/\/ expect-error: /),
      expect.stringMatching(
        /^FAIL fail\/unrelated\.ts:2: no error's first line matches "TS2322"; got TS2307: Cannot find module '\.\/missing\.ts'/,
      ),
      expect.stringMatching(/^FAIL fail\/wrong-line\.ts:2: compiles, but an error matching "TS2322" was expected$/),
      expect.stringMatching(/^FAIL fail\/wrong-line\.ts: errors on lines no case announces: TS2322: .* \(line 3\)$/),
      "2 passed, 6 failed",
    ]);
  }, 60_000);

  it("exits 0 when every pass file compiles and every fail case fails as announced", async () => {
    const { status, lines } = await runOn({ "pass/good.ts": GOOD_PASS, "fail/expected.ts": GOOD_FAIL });
    expect(lines.at(-1)).toBe("2 passed, 0 failed");
    expect(status).toBe(0);
  }, 60_000);

  it("matches the first line of the message, not what the chain says further down", async () => {
    const nested = `const o: { a: { b: number } } = { a: { b: 1 } };\nexport function f(x: { a: { b: string } }) { return x; }\n`;
    const { status, lines } = await runOn({
      "fail/by-message.ts": `// expect-error: is not assignable to type 'number'\nexport const n: number = "x";\n`,
      // The head says the argument is not assignable; "'number' is not assignable to type 'string'" is deeper.
      "fail/deeper.ts": `${nested}// expect-error: 'number' is not assignable to type 'string'\nf(o);\n`,
      "fail/several.ts": `// expect-error: TS2322\nexport const a: number = "x";\n// expect-error: TS2322\nexport const b: string = 1;\n`,
    });
    expect(lines).toEqual([
      expect.stringMatching(/^ok {3}fail\/by-message\.ts:2: /),
      expect.stringMatching(/^FAIL fail\/deeper\.ts:4: no error's first line matches/),
      expect.stringMatching(/^ok {3}fail\/several\.ts:2: /),
      expect.stringMatching(/^ok {3}fail\/several\.ts:4: /),
      "3 passed, 1 failed",
    ]);
    expect(status).toBe(1);
  }, 60_000);

  it("fails when it finds no type tests at all", async () => {
    const { status, lines } = await runOn({ "README.md": "nothing here\n" });
    expect(lines.at(-1)).toMatch(/^no type tests found/);
    expect(status).toBe(1);
  }, 60_000);
});
