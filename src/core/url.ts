/**
 * URL building with two guarantees: ids placed in paths are percent-encoded one segment
 * each (no `..`, no empty segment), and a request never leaves the configured API origin,
 * so credentials cannot be sent elsewhere.
 */
import { InvalidParameter } from "./errors.ts";

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/** Percent-encodes one path segment, refusing values that would change the path's shape. */
export function encodeSegment(value: unknown, name: string): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") {
    throw new InvalidParameter(
      `${name} must be a string or a number, got ${value === null ? "null" : typeof value}`,
      name,
    );
  }
  if (value === "" || value === "." || value === "..") {
    throw new InvalidParameter(`${name} must be a non-empty id, got ${JSON.stringify(value)}`, name);
  }
  return encodeURIComponent(value);
}

const templates = new Map<string, string[]>();

/**
 * Fills the `{name}` placeholders of a path template with encoded values: `accountId` for
 * `{account_id}` when given, and the `args` in order for the others.
 */
export function fillPath(template: string, args: readonly unknown[], accountId?: string): string {
  // Split once per template: literal text at even indexes, placeholder names at odd ones.
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{([^}]+)\}/);
    templates.set(template, parts);
  }
  let path = parts[0] as string;
  let next = 0;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = accountId !== undefined && name === "account_id" ? accountId : args[next++];
    path += encodeSegment(value, name) + parts[i + 1];
  }
  return path;
}

/**
 * Fills the `{name}` placeholders of a path given to a verb (`storage/files/{file_id}`) from
 * `values`, each one encoded segment; a placeholder without a value is refused, naming it, so
 * that no literal `{file_id}` is ever sent.
 */
export function fillTemplate(path: string, values: Readonly<Record<string, unknown>> | undefined): string {
  if (!path.includes("{")) return path;
  return path.replace(/\{([^{}/]*)\}/g, (_, name: string) => {
    if (!name) throw new InvalidParameter(`path has an empty placeholder {}: ${path}`, "path");
    const value = values && Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) {
      throw new InvalidParameter(`path.${name} is required to fill {${name}} in ${path}`, `path.${name}`);
    }
    return encodeSegment(value, `path.${name}`);
  });
}

/** Throws unless `url` is on `origin`: the only place credentials may go. */
export function assertOrigin(url: string, origin: string): void {
  // The origin followed by "/" ends the authority: nothing after it can change the origin.
  if (url.startsWith(origin) && url.charCodeAt(origin.length) === 47) return;
  let actual: string;
  try {
    actual = new URL(url).origin;
  } catch {
    throw new InvalidParameter(`not a valid URL: ${url}`, "path");
  }
  if (actual !== origin) {
    throw new InvalidParameter(
      `refusing to send a request to ${actual}: credentials are only sent to the configured API origin ${origin}`,
      "path",
    );
  }
}

/**
 * Resolves `path` against `base` (an object's URL). A relative path is appended (a leading
 * slash is ignored, as the Python SDK does); `.` and `..` segments are refused; an absolute
 * URL is kept as is (the origin check happens before sending).
 */
export function resolvePath(base: string, path: string): string {
  if (!path) return base;
  if (ABSOLUTE.test(path)) return path;
  const queryAt = path.search(/[?#]/);
  const pathname = queryAt < 0 ? path : path.slice(0, queryAt);
  const rest = queryAt < 0 ? "" : path.slice(queryAt);
  const segments = pathname.replace(/^\/+/, "").split("/");
  // An empty segment inside the path is an ID left empty (`storage/files//links`).
  if (segments.slice(0, -1).includes("")) {
    throw new InvalidParameter(`path has an empty segment (an empty ID?): ${path}`, "path");
  }
  // Check the path as URL parsers will read it: they drop tabs and newlines and treat `\` as `/`.
  for (const segment of pathname.replace(/[\t\n\r]/g, "").split(/[/\\]/)) {
    const decoded = safeDecode(segment);
    if (decoded === "." || decoded === "..") {
      throw new InvalidParameter(`path segments "." and ".." are not allowed: ${path}`, "path");
    }
  }
  return `${base.replace(/\/+$/, "")}/${segments.join("/")}${rest}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A path that URL parsing leaves as it is: no query, fragment, dot segment, space or backslash. */
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[\w\-.~!$&'()*+,;=:@%]*)+$/;

/** Whether `url` is on `origin` with a path that URL parsing would leave as it is, and no query. */
export function isPlainUrl(url: string, origin: string): boolean {
  return url.startsWith(origin) && PLAIN_PATH.test(url.slice(origin.length));
}

/** Splits a URL into the URL without its query (normalized) and the query parameters. */
export function splitQuery(url: string): { url: string; query: Record<string, string | string[]> } {
  const parsed = new URL(url);
  if (!parsed.search && !parsed.hash) return { url: parsed.href, query: {} };
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of parsed.searchParams) {
    const prev = query[key];
    query[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  parsed.search = "";
  parsed.hash = "";
  return { url: parsed.toString(), query };
}
