/**
 * Every operation of the spec has a handler, and every handler answers an operation of the
 * spec: the operationIds of generated/openapi.json and the keys of the emulator's handler table
 * are the same set. An operation added to the spec without its handler would otherwise only
 * show up as a 501 `not_implemented` at run time, and a handler left behind by a removed
 * operation would never be reached.
 *
 * And every handler is typed by its operation (replies.ts): no source file of the emulator
 * casts a table or a handler to the handler types, which is the only way around them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { handlerOperationIds } from "../src/handlers.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** The operationIds of the bundled spec, sorted. */
function specOperationIds(): string[] {
  const spec = JSON.parse(readFileSync(join(import.meta.dirname, "../../generated/openapi.json"), "utf8")) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  const ids: string[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      ids.push(operation.operationId);
    }
  }
  return ids.sort();
}

describe("emulator handlers", () => {
  it("cover exactly the operations of the spec", () => {
    const spec = specOperationIds();
    const handled = handlerOperationIds();
    expect(spec.length).toBeGreaterThan(0);
    expect(new Set(spec).size, "operationIds are unique in the spec").toBe(spec.length);
    const missing = spec.filter((id) => !handled.includes(id));
    const extra = handled.filter((id) => !spec.includes(id));
    expect(
      { missing, extra },
      "operations without a handler (missing) and handlers without an operation (extra)",
    ).toEqual({
      missing: [],
      extra: [],
    });
  });
});

describe("emulator handler types", () => {
  it("are never cast: every handler is typed by its own operation", () => {
    const dir = join(import.meta.dirname, "../src");
    const casts: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
      for (const line of readFileSync(join(dir, name), "utf8").split("\n")) {
        if (/\bas\s+(unknown\s+as\s+)?(HandlerTable|Handler<|Replier<)|untypedHandlers/.test(line))
          casts.push(`${name}: ${line.trim()}`);
      }
    }
    // replies.ts's dispatch gives every handler the one run-time replier, typed by its operation.
    expect(casts).toEqual([
      "replies.ts: handler(req, ctx, replier as unknown as Replier<OperationId>) as unknown as EmuReply | Promise<EmuReply>;",
    ]);
  });
});
