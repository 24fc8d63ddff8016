/**
 * What an editor shows on hover over a generated method (TypeScript's language service, as VS Code
 * asks it): the operation's summary first, then its description, parameters, error responses and
 * reference page, and nothing of the spec's design rationale (`x-kloudless-decision`). Schema
 * properties show their description as plain text, not as a `@description` tag.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../..");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const spec = JSON.parse(readFileSync(join(repoRoot, "generated/openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, { operationId?: string; summary?: string }>>;
};

/** Every operation's summary, by operationId. */
const summaries = new Map<string, string>();
for (const item of Object.values(spec.paths)) {
  for (const op of Object.values(item)) if (op.operationId) summaries.set(op.operationId, String(op.summary));
}

/** Every `x-kloudless-decision` text of the bundled spec. */
function decisions(node: Json, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) decisions(item, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "x-kloudless-decision") out.push(...(Array.isArray(value) ? value : [value]).map(String));
      else decisions(value, out);
    }
  }
  return out;
}
const rationale = decisions(spec as unknown as Json);

/** The calls hovered: method path on `account` (or `client`) and the operation it calls. */
const CALLS: [receiver: "account" | "client", method: string, operationId: string][] = [
  ["account", "storage.files.retrieve", "storage.files.retrieve"],
  ["account", "storage.files.delete", "storage.files.delete"],
  ["account", "storage.files.upload", "storage.files.upload"],
  ["account", "storage.folders.create", "storage.folders.create"],
  ["account", "storage.folders.listContents", "storage.folders.listContents"],
  ["account", "storage.links.create", "storage.links.create"],
  ["account", "calendar.events.list", "calendar.events.list"],
  ["account", "calendar.events.create", "calendar.events.create"],
  ["account", "calendar.calendars.retrieve", "calendar.calendars.retrieve"],
  ["account", "events.list", "events.list"],
  ["account", "team.users.list", "team.users.list"],
  ["account", "accounts.retrieve", "accounts.retrieve"],
  ["client", "accounts.list", "accounts.list"],
  ["client", "storage.files.retrieve", "storage.files.retrieve"],
];

const fileName = join(repoRoot, "test/types/.hover-sample.ts");
const source = `import type { components } from "../../generated/schema.ts";
import type { Account, Client } from "../../src/index.ts";
declare const account: Account;
declare const client: Client;
declare const event: components["schemas"]["Event"];
declare const file: components["schemas"]["File"];
${CALLS.map(([receiver, method]) => `${receiver}.${method};`).join("\n")}
event.type;
file.id;
`;

function languageService(): ts.LanguageService {
  const configPath = join(repoRoot, "tsconfig.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath), undefined, configPath);
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({ ...options, noEmit: true }),
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = name === fileName ? source : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => repoRoot,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

const service = languageService();

/** The hover at the last segment of `expression` on its line of the sample. */
function hover(expression: string): { display: string; documentation: string; tags: string } {
  const line = `${expression};`;
  const start = source.indexOf(`\n${line}\n`) + 1;
  expect(start, `${expression} is in the sample`).toBeGreaterThan(0);
  const position = start + expression.lastIndexOf(".") + 1;
  const info = service.getQuickInfoAtPosition(fileName, position);
  expect(info, `quick info at ${expression}`).toBeDefined();
  return {
    display: ts.displayPartsToString(info?.displayParts),
    documentation: ts.displayPartsToString(info?.documentation),
    tags: (info?.tags ?? []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`).join("\n"),
  };
}

describe("hover of generated methods", () => {
  it("the sample compiles", () => {
    const errors = [...service.getSyntacticDiagnostics(fileName), ...service.getSemanticDiagnostics(fileName)];
    expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "))).toEqual([]);
  }, 60_000);

  it("the spec keeps design rationale to document", () => {
    expect(rationale.length).toBeGreaterThan(100);
  });

  for (const [receiver, method, operationId] of CALLS) {
    it(`${receiver}.${method}: summary first, then parameters, errors and reference; no rationale`, () => {
      const { documentation, tags } = hover(`${receiver}.${method}`);
      const summary = summaries.get(operationId);
      expect(summary).toBeTruthy();
      expect(documentation.startsWith(`${summary}\n`)).toBe(true);
      expect(documentation).toContain("Errors:\n");
      expect(documentation).toMatch(/^- `4XX`: /m);
      expect(documentation).toMatch(/^- `5XX`: /m);
      expect(documentation).toMatch(/^- `429`: /m);
      expect(documentation).toMatch(
        new RegExp(`^Reference: docs/api/openapi\\.html#/[a-z]+/${operationId.replace(/\./g, "\\.")}$`, "m"),
      );
      for (const text of [documentation, tags]) {
        expect(text).not.toMatch(/Decision/i);
        expect(text).not.toContain("x-kloudless-decision");
        for (const decision of rationale) expect(text).not.toContain(decision.slice(0, 60));
      }
    });
  }

  it("a path parameter is listed with its description", () => {
    expect(hover("account.storage.files.retrieve").documentation).toMatch(/^Parameters:\n- `fileId`: \S/m);
  });

  it("a schema property shows its description as text, without tags or rationale", () => {
    const { documentation, tags } = hover("event.type");
    expect(documentation).toMatch(/^Kind of change/);
    expect(tags).not.toContain("@description");
    expect(`${documentation}\n${tags}`).not.toMatch(/Decision|x-kloudless-decision|open string rather than an enum/);
  });

  it("a result's required fields show as required: File.id and File.name are not optional", () => {
    // One flat object (the spec's allOf merged by codegen/flatten.ts), not `{...} & WithRequired<Base, ...>`.
    expect(hover("file.id").display).toBe("(property) id: string");
    const fileType = service.getQuickInfoAtPosition(fileName, source.indexOf("\nfile.id;") + 1);
    const shown = ts.displayPartsToString(fileType?.displayParts);
    expect(shown).toMatch(/^const file: \{/);
    expect(shown).toContain("readonly id: string;");
    expect(shown).not.toMatch(/\bid\?:|WithRequired/);
  });
});
