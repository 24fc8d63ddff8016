/**
 * Fault injection, so that clients' retry, timeout and error handling can be tested against
 * the failures a real network and a real Kloudless produce: error statuses, rate limits, slow
 * answers, reset connections, cut bodies and HTML error pages from a proxy.
 */

/**
 * The failures a rule can inject:
 * - `status`: a Kloudless error reply with `status` (default 500) and the matching `error_code`.
 * - `rateLimit`: 429 `too_many_requests` with `Retry-After` (default 1 second).
 * - `latency`: waits `delayMs`, then handles the request normally.
 * - `reset`: destroys the connection (TCP reset) before any byte of the answer.
 * - `resetMidBody`: sends the real reply's headers (full `Content-Length`) and half its body,
 *   then resets the connection.
 * - `truncateJson`: sends the first half of the real reply's body as a complete, well-framed
 *   response (`Content-Length` of the cut body, `Connection: close`), so the client receives
 *   JSON that does not parse.
 * - `nonJsonError`: a 502 HTML page, as a proxy in front of the API would answer.
 */
export type FaultKind = "status" | "rateLimit" | "latency" | "reset" | "resetMidBody" | "truncateJson" | "nonJsonError";

/** Which requests a rule applies to; every given field must match. */
export interface FaultMatch {
  /** The spec operation, e.g. `storage.files.download`. */
  operationId?: string;
  /** HTTP method, case-insensitive. */
  method?: string;
  /**
   * Matched against the URL path (`/v1/...`, no query). A string is a literal or a glob, never
   * a regular expression: it matches anywhere in the path unless anchored by a leading `^` (the
   * path starts with it) or a trailing `$` (the path ends with it); `*` stands for any run of
   * characters but `/`, `**` for any run of characters and `?` for one character but `/`. Every
   * other character is literal (`(a+)+` matches those five characters). Matching takes time
   * proportional to the path length times the pattern length, whatever the pattern. A RegExp
   * (in-process callers only) is tested as is.
   */
  path?: string | RegExp;
}

/** One fault rule. */
export interface FaultRule {
  /** Which requests it applies to (every routed request when absent). */
  match?: FaultMatch;
  /** The failure to inject. */
  kind: FaultKind;
  /** Status of a `status` fault (default 500). */
  status?: number;
  /** `Retry-After` value: seconds, or an HTTP date (string). `rateLimit` defaults to 1. */
  retryAfter?: number | string;
  /** Delay of a `latency` fault (default 1000 ms). */
  delayMs?: number;
  /** How many matching requests the rule applies to; unlimited when absent. */
  times?: number;
  /**
   * Applies to every request the server receives, including CORS preflights and paths the
   * spec does not know (by default only requests routed to a spec operation are faulted);
   * `match` is ignored. The `/__emulator` admin routes are never faulted.
   */
  global?: boolean;
  /**
   * For `reset`, `status` and `rateLimit`: run the handler first (state changes), then reset
   * the connection or answer the fault instead of the real reply, modelling "applied, but the
   * answer was lost". Write requests without it are failed before the handler runs.
   */
  afterHandler?: boolean;
}

/** What the server knows of a request when it looks for a fault. */
export interface FaultTarget {
  method: string;
  path: string;
  /** Undefined for requests that match no spec operation. */
  operationId?: string;
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
}

const KINDS: FaultKind[] = ["status", "rateLimit", "latency", "reset", "resetMidBody", "truncateJson", "nonJsonError"];

/** The rules of one emulator; `startEmulator` exposes it as `emu.faults`. */
export class FaultController {
  private rules: ActiveRule[] = [];

  constructor(initial: FaultRule[] = []) {
    for (const rule of initial) this.add(rule);
  }

  /** Adds a rule (checked in insertion order; the first match wins). Throws on a bad rule. */
  add(rule: FaultRule): void {
    checkRule(rule);
    this.rules.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** The rules still active, with the uses they have left. */
  list(): FaultRule[] {
    return this.rules.map(({ rule, remaining }) =>
      Number.isFinite(remaining) ? { ...rule, times: remaining } : { ...rule },
    );
  }

  /**
   * Finds the first rule matching `target`, counts one use of it and returns it. `routed` tells
   * whether the request matched a spec operation (non-global rules only apply then).
   */
  take(target: FaultTarget, routed: boolean): FaultRule | undefined {
    const index = this.rules.findIndex(({ rule }) => (rule.global ? true : routed && matches(rule.match, target)));
    if (index < 0) return undefined;
    const active = this.rules[index] as ActiveRule;
    active.remaining -= 1;
    if (active.remaining <= 0) this.rules.splice(index, 1);
    return active.rule;
  }
}

/** Parses a rule sent as JSON to `POST /__emulator/faults`; throws with the problem. */
export function parseFaultRule(value: unknown): FaultRule {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new Error("a fault rule must be an object");
  const rule = value as FaultRule;
  checkRule(rule);
  return rule;
}

function checkRule(rule: FaultRule): void {
  if (!KINDS.includes(rule.kind)) throw new Error(`kind must be one of ${KINDS.join(", ")}`);
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times > 0)) {
    throw new Error("times must be a positive integer");
  }
  if (rule.status !== undefined && !(Number.isInteger(rule.status) && rule.status >= 100 && rule.status <= 599)) {
    throw new Error("status must be an HTTP status code");
  }
  if (rule.delayMs !== undefined && !(typeof rule.delayMs === "number" && rule.delayMs >= 0)) {
    throw new Error("delayMs must be a number >= 0");
  }
  const path = rule.match?.path;
  if (path !== undefined && typeof path !== "string" && !(path instanceof RegExp)) {
    throw new Error("match.path must be a string or a RegExp");
  }
  if (typeof path === "string" && path.length > MAX_PATH_PATTERN) {
    throw new Error(`match.path must be at most ${MAX_PATH_PATTERN} characters`);
  }
}

/** The longest `match.path` pattern accepted. */
const MAX_PATH_PATTERN = 256;

/** One step of a compiled path pattern: a literal character, `?`, `*` (no `/`) or `**`. */
type GlobToken = { literal: string } | { any: "one" | "segment" | "all" };

/** Compiles a `match.path` string: anchors, then glob tokens (an unanchored side gets `**`). */
function compilePathPattern(pattern: string): GlobToken[] {
  let body = pattern;
  const start = body.startsWith("^");
  if (start) body = body.slice(1);
  const end = body.endsWith("$");
  if (end) body = body.slice(0, -1);
  const tokens: GlobToken[] = start ? [] : [{ any: "all" }];
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "*" && body[i + 1] === "*") {
      tokens.push({ any: "all" });
      i++;
    } else if (c === "*") tokens.push({ any: "segment" });
    else if (c === "?") tokens.push({ any: "one" });
    else tokens.push({ literal: c });
  }
  if (!end) tokens.push({ any: "all" });
  return tokens;
}

/**
 * Whether `path` matches the glob `pattern` (see `FaultMatch.path`), by dynamic programming
 * over (token, character) pairs: no backtracking, O(path length × pattern length).
 */
export function pathMatches(pattern: string, path: string): boolean {
  const tokens = compilePathPattern(pattern);
  const n = path.length;
  // reach[j] = 1: the tokens seen so far can consume exactly path[0, j). Two rows, reused.
  let reach = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  reach[0] = 1;
  for (const token of tokens) {
    next.fill(0);
    if ("literal" in token) {
      for (let j = 0; j < n; j++) if (reach[j] && path[j] === token.literal) next[j + 1] = 1;
    } else if (token.any === "one") {
      for (let j = 0; j < n; j++) if (reach[j] && path[j] !== "/") next[j + 1] = 1;
    } else {
      for (let j = 0; j <= n; j++) {
        // A star extends the previous position's run unless it would cross a `/` it may not.
        next[j] = reach[j] || (j > 0 && next[j - 1] && (token.any === "all" || path[j - 1] !== "/")) ? 1 : 0;
      }
    }
    [reach, next] = [next, reach];
  }
  return reach[n] === 1;
}

function matches(match: FaultMatch | undefined, target: FaultTarget): boolean {
  if (!match) return true;
  if (match.operationId !== undefined && match.operationId !== target.operationId) return false;
  if (match.method !== undefined && match.method.toUpperCase() !== target.method.toUpperCase()) return false;
  if (match.path !== undefined) {
    if (match.path instanceof RegExp) return match.path.test(target.path);
    return pathMatches(match.path, target.path);
  }
  return true;
}
