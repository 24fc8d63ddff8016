/**
 * The spec itself: bundled fresh from spec/ and validated by the codegen, its operations follow
 * the rules of spec/README.md, and generated/operations.md lists them all.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundleSpec, type Json } from "../../codegen/bundle.ts";
import { HTTP_METHODS, PAGING_STYLES, validateSpec } from "../../codegen/validate.ts";

type JsonObject = { [key: string]: Json };

const repoRoot = resolve(import.meta.dirname, "../..");

interface SpecOperation {
  id: string;
  method: string;
  path: string;
  pathItem: JsonObject;
  op: JsonObject;
}

let doc: JsonObject;
let operations: SpecOperation[];

/** Resolves a `#/...` pointer of the bundle. */
function resolvePointer(ref: string): JsonObject | undefined {
  let node: Json | undefined = doc;
  for (const part of ref.slice(2).split("/")) {
    node =
      node && typeof node === "object" && !Array.isArray(node)
        ? node[part.replace(/~1/g, "/").replace(/~0/g, "~")]
        : undefined;
  }
  return node as JsonObject | undefined;
}

function deref(node: Json | undefined): JsonObject | undefined {
  if (node && typeof node === "object" && !Array.isArray(node) && typeof node.$ref === "string")
    return resolvePointer(node.$ref);
  return node as JsonObject | undefined;
}

beforeAll(() => {
  doc = bundleSpec(join(repoRoot, "spec"));
  operations = Object.entries(doc.paths as JsonObject).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => (item as JsonObject)[method]).map((method) => {
      const op = (item as JsonObject)[method] as JsonObject;
      return { id: String(op.operationId), method: method.toUpperCase(), path, pathItem: item as JsonObject, op };
    }),
  );
});

/** Runs `check` on every operation; the test fails listing every operation that broke the rule. */
function everyOperation(check: (op: SpecOperation) => string | undefined): void {
  const problems = operations.flatMap((op) => {
    const problem = check(op);
    return problem ? [`${op.method} ${op.path} (${op.id}): ${problem}`] : [];
  });
  expect(problems).toEqual([]);
}

describe("the bundled spec", () => {
  it("passes the codegen's validation (swagger-parser and the SDK rules)", async () => {
    await expect(validateSpec(doc)).resolves.toBeUndefined();
  });

  it("has at least the 88 operations of v1", () => {
    expect(operations.length).toBeGreaterThanOrEqual(88);
  });

  it("has every operation of every spec/paths/*.yaml file, and the committed generated/openapi.json too", () => {
    /** `METHOD /path operationId` of every operation of some path items. */
    const listed = (paths: JsonObject) =>
      Object.entries(paths).flatMap(([path, item]) =>
        HTTP_METHODS.filter((method) => (item as JsonObject)[method]).map(
          (method) =>
            `${method.toUpperCase()} ${path} ${String(((item as JsonObject)[method] as JsonObject).operationId)}`,
        ),
      );
    const dir = join(repoRoot, "spec/paths");
    const inFiles = readdirSync(dir)
      .filter((name) => name.endsWith(".yaml"))
      .flatMap((name) => listed(parse(readFileSync(join(dir, name), "utf8")) as JsonObject))
      .sort();
    const generated = JSON.parse(readFileSync(join(repoRoot, "generated/openapi.json"), "utf8")) as JsonObject;
    expect(inFiles.length).toBe(operations.length);
    expect(listed(doc.paths as JsonObject).sort()).toEqual(inFiles);
    expect(listed(generated.paths as JsonObject).sort()).toEqual(inFiles);
  });

  it("lists every operation in generated/operations.md with its method and path", () => {
    const listing = readFileSync(join(repoRoot, "generated/operations.md"), "utf8");
    const rows = listing.split("\n").filter((line) => line.startsWith("| `"));
    expect(rows).toHaveLength(operations.length);
    for (const o of operations) {
      expect(listing, o.id).toContain(`| \`${o.id}\` | `);
      expect(listing, o.id).toContain(` | ${o.method} | \`${o.path}\` | `);
    }
  });

  it("gives every operation a unique dotted operationId", () => {
    everyOperation((o) =>
      /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/.test(o.id) ? undefined : "operationId is not <group>.<method>",
    );
    expect(new Set(operations.map((o) => o.id)).size).toBe(operations.length);
  });

  it("gives every operation exactly one tag, declared at the root", () => {
    const tags = new Set(((doc.tags ?? []) as JsonObject[]).map((tag) => tag.name));
    everyOperation(({ op }) => {
      const opTags = op.tags as string[] | undefined;
      if (!Array.isArray(opTags) || opTags.length !== 1) return `tags ${JSON.stringify(opTags)}`;
      return tags.has(opTags[0] as string) ? undefined : `tag ${opTags[0]} is not declared`;
    });
  });

  it("gives every operation a summary", () => {
    everyOperation(({ op }) => (typeof op.summary === "string" && op.summary.trim() !== "" ? undefined : "no summary"));
  });

  it("gives every operation x-kloudless-paging and x-kloudless-scope", () => {
    everyOperation(({ op, path }) => {
      const paging = op["x-kloudless-paging"];
      const scope = op["x-kloudless-scope"];
      if (!PAGING_STYLES.includes(paging as never)) return `x-kloudless-paging ${String(paging)}`;
      if (scope !== "account" && scope !== "client") return `x-kloudless-scope ${String(scope)}`;
      if ((scope === "account") !== path.startsWith("/accounts/{account_id}"))
        return `scope ${scope} does not fit the path`;
      return undefined;
    });
  });

  it("gives every operation the 4XX and 5XX Error responses and the 429 RateLimited response", () => {
    everyOperation(({ op }) => {
      const responses = op.responses as JsonObject;
      const refOf = (status: string) => (responses[status] as JsonObject | undefined)?.$ref;
      if (refOf("4XX") !== "#/components/responses/Error") return `4XX is ${JSON.stringify(responses["4XX"])}`;
      if (refOf("5XX") !== "#/components/responses/Error") return `5XX is ${JSON.stringify(responses["5XX"])}`;
      if (refOf("429") !== "#/components/responses/RateLimited") return `429 is ${JSON.stringify(responses["429"])}`;
      return undefined;
    });
  });

  it("gives every paged operation the query parameter and the list envelope of its paging style", () => {
    const style: Record<string, { param: string; type: string; envelope: string }> = {
      page: { param: "page", type: "integer", envelope: "PageList" },
      token: { param: "page", type: "string", envelope: "TokenList" },
      cursor: { param: "cursor", type: "string", envelope: "CursorList" },
    };
    /** Names of the component schemas a schema is built on (its `$ref`, then its `allOf` parts). */
    const basesOf = (schema: Json | undefined): string[] => {
      const node = schema as JsonObject | undefined;
      if (!node || typeof node !== "object") return [];
      if (typeof node.$ref === "string")
        return [node.$ref.replace("#/components/schemas/", ""), ...basesOf(deref(node))];
      return ((node.allOf as Json[] | undefined) ?? []).flatMap((part) => basesOf(part));
    };
    let paged = 0;
    everyOperation(({ pathItem, op }) => {
      const expected = style[String(op["x-kloudless-paging"])];
      if (!expected) return undefined;
      paged++;
      const query = [...((pathItem.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])]
        .map(deref)
        .filter((p) => p?.in === "query");
      const param = query.find((p) => p?.name === expected.param);
      const types = [(param?.schema as JsonObject | undefined)?.type].flat();
      if (!types.includes(expected.type)) return `no ${expected.type} query parameter ${expected.param}`;
      const ok = deref((op.responses as JsonObject)["200"]);
      const schema = ((ok?.content as JsonObject | undefined)?.["application/json"] as JsonObject | undefined)?.schema;
      const bases = basesOf(schema);
      return bases.includes(expected.envelope) ? undefined : `200 is not a ${expected.envelope} (built on ${bases})`;
    });
    expect(paged).toBeGreaterThanOrEqual(10);
  });

  it("declares every {param} of every path as a required path parameter, and no other", () => {
    everyOperation(({ path, pathItem, op }) => {
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string).sort();
      const params = [...((pathItem.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])]
        .map(deref)
        .filter((p) => p?.in === "path");
      const declared = params.map((p) => String(p?.name)).sort();
      if (JSON.stringify(declared) !== JSON.stringify(inPath)) return `path has {${inPath}} but declares {${declared}}`;
      const optional = params.filter((p) => p?.required !== true).map((p) => p?.name);
      return optional.length ? `path parameters ${optional.join(", ")} not required` : undefined;
    });
  });

  it("types every binary response as type: string, format: binary", () => {
    const binary: string[] = [];
    everyOperation(({ id, op }) => {
      for (const [status, response] of Object.entries(op.responses as JsonObject)) {
        const content = (deref(response)?.content ?? {}) as JsonObject;
        for (const [mediaType, media] of Object.entries(content)) {
          if (mediaType === "application/json") continue;
          binary.push(`${id} ${status} ${mediaType}`);
          const schema = deref((media as JsonObject).schema);
          if (schema?.type !== "string" || schema.format !== "binary") {
            return `${status} ${mediaType} schema is ${JSON.stringify(schema)}`;
          }
        }
      }
      return undefined;
    });
    // Downloads, thumbnails, licenses and pass-through at least: the check must have seen some.
    expect(binary.length).toBeGreaterThanOrEqual(4);
  });

  it("types every binary request body as type: string, contentMediaType: application/octet-stream", () => {
    everyOperation(({ op }) => {
      const content = (deref(op.requestBody)?.content ?? {}) as JsonObject;
      for (const [mediaType, media] of Object.entries(content)) {
        if (mediaType === "application/json" || mediaType === "application/x-www-form-urlencoded") continue;
        const schema = deref((media as JsonObject).schema);
        if (schema?.type !== "string" || schema.contentMediaType !== "application/octet-stream") {
          return `${mediaType} body schema is ${JSON.stringify(schema)}`;
        }
      }
      return undefined;
    });
  });

  it("has the bearer and apiKey security schemes, both accepted API-wide", () => {
    const schemes = (doc.components as JsonObject).securitySchemes as JsonObject;
    expect(schemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(schemes.apiKey).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
    expect(doc.security).toEqual([{ bearer: [] }, { apiKey: [] }]);
  });

  it("has the API-wide option headers as reusable header parameters", () => {
    const parameters = Object.values((doc.components as JsonObject).parameters as JsonObject) as JsonObject[];
    const headers = parameters.filter((p) => p.in === "header").map((p) => p.name);
    expect(headers).toEqual(
      expect.arrayContaining(["X-Kloudless-Raw-Data", "X-Kloudless-Raw-Headers", "X-Kloudless-As-User"]),
    );
  });

  /** The names of the header parameters an operation (or its path item) lists. */
  function headersOf(o: SpecOperation): string[] {
    return [...((o.pathItem.parameters as Json[]) ?? []), ...((o.op.parameters as Json[]) ?? [])]
      .map((p) => deref(p))
      .filter((p) => p?.in === "header")
      .map((p) => String(p?.name));
  }

  /** Whether a schema holds, anywhere below it, an object with the upstream `raw` object. */
  function carriesRaw(schema: Json | undefined, seen = new Set<JsonObject>()): boolean {
    const node = deref(schema);
    if (!node || seen.has(node)) return false;
    seen.add(node);
    const properties = (node.properties ?? {}) as JsonObject;
    if (deref(properties.raw) === resolvePointer("#/components/schemas/RawObject")) return true;
    const parts = [
      ...Object.values(properties),
      node.items,
      ...["allOf", "anyOf", "oneOf"].flatMap((k) => (node[k] as Json[]) ?? []),
    ];
    return parts.some((part) => carriesRaw(part, seen));
  }

  it("declares X-Kloudless-Raw-Data on exactly the operations whose results carry `raw`", () => {
    everyOperation((o) => {
      const responses = Object.entries(o.op.responses as JsonObject).filter(([status]) => /^2/.test(status));
      const raw = responses.some(([, response]) =>
        Object.values((deref(response)?.content ?? {}) as JsonObject).some((media) =>
          carriesRaw((media as JsonObject).schema),
        ),
      );
      return raw === headersOf(o).includes("X-Kloudless-Raw-Data") ? undefined : `raw in the result: ${raw}`;
    });
  });

  it("declares X-Kloudless-As-User on the admin APIs and X-Kloudless-Raw-Headers on every upstream API", () => {
    everyOperation((o) => {
      const admin = /^(storage|calendar|team)\./.test(o.id);
      const upstream = admin || /^crm\./.test(o.id) || o.id === "core.raw";
      const headers = headersOf(o);
      if (admin !== headers.includes("X-Kloudless-As-User")) return `As-User: expected ${admin}`;
      if (upstream !== headers.includes("X-Kloudless-Raw-Headers")) return "Raw-Headers";
      return undefined;
    });
  });

  it("names the request option of each API-wide option header", () => {
    const parameters = (doc.components as JsonObject).parameters as JsonObject;
    expect(
      ["RawData", "RawHeaders", "AsUser"].map((name) => (parameters[name] as JsonObject)["x-kloudless-option"]),
    ).toEqual(["getRawData", "rawHeaders", "impersonateUserId"]);
  });
});
