/**
 * Matches a request's method and path to an operation of the bundled spec, so that routing,
 * parameter names and the set of operations all come from the spec rather than a second list.
 *
 * Paths are taken under the `/v1` prefix; a trailing slash is accepted (kloudless-js and the
 * RapidAPI text always send one, other clients never do); literal segments win over templated
 * ones (`/storage/files/upload_url` before `/storage/files/{file_id}`).
 */

/** HTTP methods a path item may hold, in the order `Allow` lists them. */
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** The API version prefix every operation path sits under. */
export const API_PREFIX = "/v1";

/** One spec operation, with what the server needs to authenticate and validate it. */
export interface Operation {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The spec's path template, e.g. `/accounts/{account_id}/storage/files/{file_id}`. */
  template: string;
  /** Path-level and operation-level parameters, operation ones overriding (unresolved `$ref`s kept). */
  parameters: unknown[];
  /** The operation's `security`, or the document's when it has none. */
  security: Record<string, unknown>[];
  /** `account` or `client` (`x-kloudless-scope`). */
  scope: string;
  /** The operation's first tag (its area). */
  tag: string;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
}

/** What a path and method resolved to. */
export type RouteMatch =
  | { kind: "operation"; operation: Operation; params: Record<string, string> }
  | { kind: "wrongMethod"; allowed: string[] }
  | { kind: "notFound" };

interface Route {
  segments: string[];
  literalCount: number;
  operations: Map<string, Operation>;
}

/** The routing table built from a bundled OpenAPI document. */
export class Router {
  private readonly routes: Route[] = [];
  /** Every operation by operationId. */
  readonly operations = new Map<string, Operation>();

  constructor(doc: { paths?: Record<string, Record<string, unknown>>; security?: Record<string, unknown>[] }) {
    for (const [template, item] of Object.entries(doc.paths ?? {})) {
      const segments = template.split("/").filter(Boolean);
      const route: Route = {
        segments,
        literalCount: segments.filter((s) => !s.startsWith("{")).length,
        operations: new Map(),
      };
      const shared = (item.parameters ?? []) as Record<string, unknown>[];
      for (const method of METHODS) {
        const op = item[method] as Record<string, unknown> | undefined;
        if (!op) continue;
        const own = (op.parameters ?? []) as Record<string, unknown>[];
        const ownKeys = new Set(own.map(paramKey));
        const operation: Operation = {
          operationId: String(op.operationId),
          method: method.toUpperCase(),
          template,
          parameters: [...shared.filter((p) => !ownKeys.has(paramKey(p))), ...own],
          security: (op.security ?? doc.security ?? []) as Record<string, unknown>[],
          scope: String(op["x-kloudless-scope"] ?? "client"),
          tag: String(((op.tags ?? []) as string[])[0] ?? ""),
          requestBody: op.requestBody as Operation["requestBody"],
        };
        route.operations.set(operation.method, operation);
        this.operations.set(operation.operationId, operation);
      }
      this.routes.push(route);
    }
    // Most literal segments first, so fixed names beat templates.
    this.routes.sort((a, b) => b.literalCount - a.literalCount);
  }

  /**
   * Resolves `method` and `path` (the URL path without query, `/v1` included). Returns
   * `notFound` for paths outside `/v1`.
   */
  match(method: string, path: string): RouteMatch {
    if (path !== API_PREFIX && !path.startsWith(`${API_PREFIX}/`)) return { kind: "notFound" };
    const rawSegments = path.slice(API_PREFIX.length).split("/").filter(Boolean);
    let segments: string[];
    try {
      segments = rawSegments.map((s) => decodeURIComponent(s));
    } catch {
      return { kind: "notFound" };
    }
    const wanted = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase();
    let allowed: string[] | undefined;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      const operation = route.operations.get(wanted);
      if (operation) return { kind: "operation", operation, params };
      allowed ??= [...route.operations.keys()];
    }
    return allowed ? { kind: "wrongMethod", allowed } : { kind: "notFound" };
  }
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i] as string;
    const a = actual[i] as string;
    if (t.startsWith("{") && t.endsWith("}")) {
      if (a === "") return undefined;
      params[t.slice(1, -1)] = a;
    } else if (t !== a) return undefined;
  }
  return params;
}

function paramKey(p: Record<string, unknown>): string {
  return typeof p.$ref === "string" ? p.$ref : `${String(p.in)}:${String(p.name)}`;
}
