/**
 * `make generate`: bundles and validates spec/, then writes generated/:
 * - `openapi.json`: the bundled spec (read by the emulator and the tests);
 * - `schema.ts`: types of every path, operation and schema (openapi-typescript; the text of its
 *   `@description` tags made the comments' plain text, codegen/jsdoc.ts);
 * - `operations.ts`: the operation table, typed data the runtime calls through and the types read;
 * - `methods.ts`: the per-operation method groups as type-level data (src/operations/operation-types.ts
 *   turns them into signatures; nothing in generated/ imports src/), each method documented for
 *   its hover: summary, description, parameters, error responses, reference page.
 * It prints which operations were added, removed or changed since the last generation.
 *
 * Usage: tsx codegen/generate.ts [--spec DIR] [--out DIR] [--quiet]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import Handlebars from "handlebars";
import openapiTS, { astToString } from "openapi-typescript";
import { bundleSpec, type Json } from "./bundle.ts";
import { flattenAllOf } from "./flatten.ts";
import { commentLines, plainDescriptions } from "./jsdoc.ts";
import { diffOperations, type Operation, type OperationDoc, readOperationDocs, readOperations } from "./operations.ts";
import { dropWriteOnlyFromAnswers } from "./read-write.ts";
import { validateSpec } from "./validate.ts";

const root = resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    spec: { type: "string", default: join(root, "spec") },
    out: { type: "string", default: join(root, "generated") },
    quiet: { type: "boolean", default: false },
  },
});
const specDir = resolve(args.spec);
const outDir = resolve(args.out);

/** A node of the method tree: a group holding children, or a method holding an operation. */
interface TreeNode {
  name: string;
  path: string;
  indent: string;
  children: TreeNode[];
  op?: Operation;
  /**
   * The method's path arguments as a labelled tuple body (`fileId: string`). For an operation
   * served by a runtime helper (`x-kloudless-helper`), only the account ID a client passes first:
   * the helper's own signature (src/operations/runtime-helpers.ts) follows it.
   */
  args?: string;
  /** The lines of the method's JSDoc (templates/group.hbs). */
  doc?: string[];
}

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The place of the API reference (`make docs`) that documents an operation: Redoc 3 routes an
 * operation as `#/<tag>/<operationId>` (the links of its own menu; Redoc 2's
 * `#tag/<tag>/operation/<operationId>` is redirected there).
 */
function referenceLink(op: Operation, doc: OperationDoc | undefined): string {
  return `docs/api/openapi.html#/${doc?.tag ?? ""}/${op.id}`;
}

/**
 * The JSDoc lines of a generated method, for its hover: the summary, the operation's
 * description, the call, the parameters and the error responses with their descriptions, the
 * reference page. `args` are the method's path arguments (camelCase), which name path parameters.
 */
function methodDoc(op: Operation, doc: OperationDoc | undefined, bindAccount: boolean): string[] {
  const lines = [...commentLines(op.summary), ""];
  if (doc?.description) lines.push(...commentLines(doc.description), "");
  lines.push(`\`${op.method} ${op.path}\``);
  if (op.helper) {
    lines.push(
      "",
      `Served by the runtime helper \`${op.helper}\` (\`x-kloudless-helper\`); the plain operation stays`,
      "reachable through the typed path call.",
    );
  }
  const params = (doc?.params ?? []).filter(
    (p) => !(p.in === "path" && ((bindAccount && p.name === "account_id") || (op.helper && p.name !== "account_id"))),
  );
  /** A list item: `- ` before its first line, its other lines indented under it. */
  const item = (text: string) => commentLines(text, 94).map((line, index) => (index ? `  ${line}` : `- ${line}`));
  if (params.length) {
    lines.push("", "Parameters:");
    for (const p of params) {
      // An API-wide option header is named by the request option that sends it.
      const label = p.option
        ? `\`${p.option}\` (\`${p.name}\`)`
        : `\`${p.in === "path" ? camel(p.name) : p.in === "query" ? `params.${p.name}` : `headers[${JSON.stringify(p.name)}]`}\``;
      lines.push(...item(`${label}${p.description ? `: ${p.description.replace(/\s+/g, " ")}` : ""}`));
    }
  }
  if (doc?.errors.length) {
    lines.push("", "Errors:");
    for (const e of doc.errors)
      lines.push(...item(`\`${e.status}\`${e.description ? `: ${e.description.replace(/\s+/g, " ")}` : ""}`));
  }
  lines.push("", `Reference: ${referenceLink(op, doc)}`);
  return lines;
}

/** Builds the nested group tree of `ops`; `bindAccount` drops the account ID argument. */
function buildTree(ops: Operation[], bindAccount: boolean): TreeNode[] {
  const top: TreeNode[] = [];
  for (const op of ops) {
    const parts = op.id.split(".");
    let level = top;
    parts.forEach((part, depth) => {
      const indent = "  ".repeat(depth + 1);
      const path = parts.slice(0, depth + 1).join(".");
      const isMethod = depth === parts.length - 1;
      let node = level.find((n) => n.name === part);
      if (node && !!node.op !== isMethod) throw new Error(`${path} is both a group and a method`);
      if (!node) {
        node = { name: part, path, indent, children: [] };
        if (isMethod) {
          const params = op.pathParams.filter(
            (p) => !(bindAccount && p === "account_id") && !(op.helper && p !== "account_id"),
          );
          node.op = op;
          node.doc = methodDoc(op, docs.get(op.id), bindAccount);
          node.args = params.map((p) => `${camel(p)}: ${p === "account_id" ? "string | number" : "string"}`).join(", ");
        }
        level.push(node);
      }
      level = node.children;
    });
  }
  return top;
}

/** A string array as a TypeScript literal. */
function list(items: readonly string[]): string {
  return `[${items.map((item) => JSON.stringify(item)).join(", ")}]`;
}

/**
 * One entry of the runtime table (the keys are documented in templates/operations.ts.hbs):
 * method and path, then the fields that differ from their defaults.
 */
function operationEntry(op: Operation): string {
  const fields = [`m: "${op.method}"`, `p: ${JSON.stringify(op.path)}`];
  if (op.pathParams.length) fields.push(`a: ${list(op.pathParams)}`);
  if (op.query.length) fields.push(`q: ${list(op.query)}`);
  if (op.body.length) fields.push(`b: ${list(op.body)}`);
  if (op.result !== "Resource") fields.push(`r: "${op.result}"`);
  if (op.paging !== "none") fields.push(`g: "${op.paging}"`);
  if (op.helper) fields.push(`h: "${op.helper}"`);
  if (op.scope !== "account") fields.push(`s: "${op.scope}"`);
  return `{ ${fields.join(", ")} }`;
}

/**
 * The operations of one scope as generated/operation-ids.ts lists them: per group (the operationId
 * up to its last dot), the method names space-separated, groups and names in spec order.
 */
function operationGroups(ops: readonly Operation[]): { group: string; names: string }[] {
  const groups = new Map<string, string[]>();
  for (const op of ops) {
    const dot = op.id.lastIndexOf(".");
    const group = op.id.slice(0, dot);
    const names = groups.get(group) ?? [];
    names.push(op.id.slice(dot + 1));
    groups.set(group, names);
  }
  return [...groups].map(([group, names]) => ({ group, names: names.join(" ") }));
}

/**
 * generated/operations.md: every operation with its SDK method, HTTP method, path, paging and
 * summary, so that adding a path file to the spec documents its operation with no handwritten row.
 */
function operationsListing(ops: readonly Operation[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
  const rows = ops.map((op) => {
    const owner = op.scope === "client" ? "client" : "account";
    const paging = op.paging === "none" ? "" : op.paging;
    return `| \`${op.id}\` | \`${owner}.${op.id}()\` | ${op.method} | \`${op.path}\` | ${paging} | ${cell(op.summary)} |`;
  });
  return [
    "# Operations of Kloudless API v1",
    "",
    "<!-- Generated from spec/ by codegen/generate.ts. Do not edit. -->",
    "",
    `Every operation of the spec (${ops.length}), by operationId. Its generated method is on an \`Account\``,
    "(account-scoped operations, the account bound) or on a `Client` (application-level ones; on a",
    "`Client`, account-scoped methods take the account ID first). Paging: `page` (page numbers),",
    "`token` (page tokens), `cursor` (event cursors). The full reference: docs/api/openapi.html.",
    "",
    "| operationId | method | HTTP | path | paging | summary |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

function render(template: string, data: object): string {
  return Handlebars.compile(readFileSync(join(import.meta.dirname, "templates", template), "utf8"), { noEscape: true })(
    data,
  );
}

Handlebars.registerHelper("rbrace", () => "}");
Handlebars.registerPartial("group", readFileSync(join(import.meta.dirname, "templates", "group.hbs"), "utf8"));

const doc = bundleSpec(specDir);
await validateSpec(doc);
const operations = readOperations(doc);
const docs = readOperationDocs(doc);

const previousSpec = join(outDir, "openapi.json");
const previous = existsSync(previousSpec)
  ? readOperations(JSON.parse(readFileSync(previousSpec, "utf8")) as { [key: string]: Json })
  : [];

const types = plainDescriptions(
  astToString(
    await openapiTS(dropWriteOnlyFromAnswers(flattenAllOf(doc)) as never, {
      alphabetize: false,
      emptyObjectsUnknown: true,
      defaultNonNullable: false,
    }),
  ),
);
const files: Record<string, string> = {
  "openapi.json": `${JSON.stringify(doc, null, 2)}\n`,
  "schema.ts": `/**\n * Types of Kloudless API v1, from the bundled spec.\n * Generated from spec/ by codegen/generate.ts (openapi-typescript). Do not edit.\n */\n\n${types}`,
  "operations.md": operationsListing(operations),
  "operation-ids.ts": render("operation-ids.ts.hbs", {
    account: operationGroups(operations.filter((op) => op.scope === "account")),
    client: operationGroups(operations.filter((op) => op.scope === "client")),
  }),
  "operations.ts": render("operations.ts.hbs", {
    operations: operations.map((op) => ({ id: op.id, entry: operationEntry(op) })),
  }),
  "methods.ts": render("methods.ts.hbs", {
    accountTree: buildTree(
      operations.filter((op) => op.scope === "account"),
      true,
    ),
    clientTree: buildTree(operations, false),
    pathTable: [...new Set(operations.map((op) => op.path))].map((path) => ({
      path,
      ops: operations.filter((op) => op.path === path).map((op) => ({ method: op.method.toLowerCase(), id: op.id })),
    })),
  }),
};

mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);

if (!args.quiet) {
  const changes = diffOperations(previous, operations);
  console.log(`generated ${Object.keys(files).length} files in ${outDir}: ${operations.length} operations`);
  console.log(changes.length ? `operations since the last generation:\n${changes.join("\n")}` : "no operation changed");
}
