/**
 * Validates a bundled document with swagger-parser and checks the SDK's own rules
 * (dotted operationIds, paging, scope and helper extensions, error responses).
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import type { Json } from "./bundle.ts";

type JsonObject = { [key: string]: Json };

/** HTTP methods an OpenAPI path item may hold. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * Request options (src/core/request-options.ts) that send an API-wide header; a header parameter
 * names its option in `x-kloudless-option`.
 */
export const HEADER_OPTIONS = ["getRawData", "rawHeaders", "impersonateUserId"] as const;

/** Paging styles the runtime knows. */
export const PAGING_STYLES = ["page", "token", "cursor", "none"] as const;

/** Runs swagger-parser's validation and the SDK rules; throws with every problem found. */
export async function validateSpec(doc: JsonObject): Promise<void> {
  await SwaggerParser.validate(structuredClone(doc) as never);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths as JsonObject)) {
    const declared = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
    for (const method of HTTP_METHODS) {
      const op = (item as JsonObject)[method] as JsonObject | undefined;
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const id = op.operationId;
      if (typeof id !== "string" || !/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/.test(id)) {
        problems.push(`${where}: operationId must be dotted <group>.<method>, got ${String(id)}`);
      } else if (seen.has(id)) {
        problems.push(`${where}: duplicate operationId ${id}`);
      } else seen.add(id);
      if (!Array.isArray(op.tags) || op.tags.length !== 1) problems.push(`${where}: exactly one tag`);
      if (typeof op.summary !== "string") problems.push(`${where}: summary missing`);
      if (!PAGING_STYLES.includes(op["x-kloudless-paging"] as never)) {
        problems.push(`${where}: x-kloudless-paging must be one of ${PAGING_STYLES.join(", ")}`);
      }
      const scope = op["x-kloudless-scope"];
      if (scope !== "account" && scope !== "client")
        problems.push(`${where}: x-kloudless-scope must be account or client`);
      if (scope === "account" && !path.startsWith("/accounts/{account_id}")) {
        problems.push(`${where}: account scope needs a path under /accounts/{account_id}`);
      }
      const helper = op["x-kloudless-helper"];
      if (helper !== undefined && (typeof helper !== "string" || !/^[a-z][a-zA-Z0-9]*$/.test(helper))) {
        problems.push(`${where}: x-kloudless-helper must be a camelCase helper name, got ${JSON.stringify(helper)}`);
      }
      const responses = (op.responses ?? {}) as JsonObject;
      for (const status of ["4XX", "5XX"]) {
        if (!(status in responses)) problems.push(`${where}: ${status} error response missing`);
      }
      if (!Object.keys(responses).some((s) => /^[23]\d\d$/.test(s))) problems.push(`${where}: no success response`);
      // swagger-parser misses undeclared path parameters in OAS 3; check them here.
      const params = [
        ...(((item as JsonObject).parameters as JsonObject[] | undefined) ?? []),
        ...((op.parameters as JsonObject[] | undefined) ?? []),
      ];
      const names = new Set(
        params
          .map((p) => (typeof p.$ref === "string" ? refName(doc, p.$ref) : p))
          .filter((p) => p?.in === "path")
          .map((p) => p?.name as string),
      );
      for (const name of declared)
        if (name && !names.has(name)) problems.push(`${where}: path parameter {${name}} not declared`);
    }
  }
  for (const [name, param] of Object.entries(((doc.components as JsonObject)?.parameters ?? {}) as JsonObject)) {
    const option = (param as JsonObject)["x-kloudless-option"];
    if (option === undefined) continue;
    if ((param as JsonObject).in !== "header" || !HEADER_OPTIONS.includes(option as never)) {
      problems.push(
        `#/components/parameters/${name}: x-kloudless-option names a header's request option (${HEADER_OPTIONS.join(", ")})`,
      );
    }
  }
  checkDecisions(doc, "#", problems);
  if (problems.length) throw new Error(`spec problems:\n- ${problems.join("\n- ")}`);
}

/**
 * Design rationale lives in `x-kloudless-decision` (a string or a list of strings), never in a
 * `description`, which reaches the SDK's hovers.
 */
function checkDecisions(node: Json, where: string, problems: string[]): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) checkDecisions(item, `${where}/${index}`, problems);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    const at = `${where}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (key === "description" && typeof value === "string" && value.includes("Decision:")) {
      problems.push(`${at}: a decision belongs in x-kloudless-decision, not in the description`);
    } else if (key === "x-kloudless-decision") {
      const ok =
        (typeof value === "string" && value.length > 0) ||
        (Array.isArray(value) &&
          value.length > 0 &&
          value.every((item) => typeof item === "string" && item.length > 0));
      if (!ok) problems.push(`${at}: x-kloudless-decision must be a string or a list of strings`);
    } else checkDecisions(value, at, problems);
  }
}

function refName(doc: JsonObject, ref: string): JsonObject | undefined {
  let node: Json | undefined = doc;
  for (const part of ref.slice(2).split("/"))
    node = node && typeof node === "object" && !Array.isArray(node) ? node[part] : undefined;
  return node as JsonObject | undefined;
}
