/**
 * Strict and lenient modes over real HTTP: each leniency rule is refused by a strict emulator
 * and accepted by a lenient one, which names the rule in `X-Kloudless-Emulator-Lenient` and in
 * its request log; requests that need no rule, or that a rule cannot fix, get no header.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LENIENCY_RULES, type LeniencyRuleName, type RunningEmulator, startEmulator } from "../src/index.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely; strict mode checks their shape.
type Json = Record<string, any>;

let strict: RunningEmulator;
let lenient: RunningEmulator;

beforeAll(async () => {
  [strict, lenient] = await Promise.all([startEmulator({ port: 0 }), startEmulator({ port: 0, mode: "lenient" })]);
});
afterAll(() => Promise.all([strict.close(), lenient.close()]));

function call(emu: RunningEmulator, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${emu.accounts[0]?.token}`);
  if (init.body !== undefined) headers.set("Content-Type", "application/json");
  return fetch(`${emu.url}/v1/accounts/me${path}`, { ...init, headers });
}

async function firstFile(emu: RunningEmulator): Promise<Json> {
  const root = (await (await call(emu, "/storage/folders/root/contents")).json()) as Json;
  return (root.objects as Json[]).find((o) => o.type === "file") as Json;
}

/** Sends the same request to both emulators: strict must refuse it, lenient accept it by `rule` alone. */
async function refusedThenAccepted(
  rule: LeniencyRuleName,
  request: (emu: RunningEmulator) => Promise<[string, RequestInit?]> | [string, RequestInit?],
): Promise<{ refused: Json; accepted: Response }> {
  const refused = await call(strict, ...(await request(strict)));
  expect(refused.status).toBe(400);
  expect(refused.headers.get("x-kloudless-emulator-lenient")).toBeNull();
  const refusedJson = (await refused.json()) as Json;
  expect(refusedJson.error_code).toBe("invalid_parameters");

  const accepted = await call(lenient, ...(await request(lenient)));
  expect(accepted.status, await accepted.clone().text()).toBeLessThan(300);
  expect(accepted.headers.get("x-kloudless-emulator-lenient")).toBe(rule);
  const logged = lenient.requests.find((r) => r.requestId === accepted.headers.get("x-request-id"));
  expect(logged?.lenient).toEqual([rule]);
  return { refused: refusedJson, accepted };
}

describe("leniency rules", () => {
  it("clamp-range: page_size=5000 is refused when strict and read as 1000 when lenient", async () => {
    const { refused, accepted } = await refusedThenAccepted("clamp-range", () => [
      "/storage/folders/root/contents?page_size=5000",
    ]);
    expect(refused.message).toContain("page_size: must be <= 1000");
    expect(((await accepted.json()) as Json).objects.length).toBeGreaterThan(0);
    const zero = await refusedThenAccepted("clamp-range", () => ["/storage/links?page=0"]);
    expect(((await zero.accepted.json()) as Json).page).toBe(1);
  });

  it('string-scalars: {"direct": "true"} is refused when strict and read as true when lenient', async () => {
    const { refused, accepted } = await refusedThenAccepted("string-scalars", async (emu) => [
      "/storage/links",
      { method: "POST", body: JSON.stringify({ file_id: (await firstFile(emu)).id, direct: "true" }) },
    ]);
    expect(refused.message).toContain("direct: must be a boolean");
    expect(accepted.status).toBe(201);
    expect(((await accepted.json()) as Json).direct).toBe(true);
  });

  it("null-as-absent: a null parent_id is refused when strict and read as absent (root) when lenient", async () => {
    const body = JSON.stringify({ name: "From Jackson", parent_id: null });
    const { refused, accepted } = await refusedThenAccepted("null-as-absent", () => [
      "/storage/folders",
      { method: "POST", body },
    ]);
    expect(refused.message).toContain("parent_id: must be a string");
    expect(accepted.status).toBe(201);
    const root = (await (await call(lenient, "/storage/folders/root")).json()) as Json;
    expect(((await accepted.json()) as Json).parent.id).toBe(root.id);
  });

  it("enum-case: lang=KEYWORD is refused when strict and read as keyword when lenient", async () => {
    const { refused, accepted } = await refusedThenAccepted("enum-case", () => [
      "/storage/search?q=notes&lang=KEYWORD",
    ]);
    expect(refused.message).toContain("lang: must be one of");
    expect(((await accepted.json()) as Json).objects.map((o: Json) => o.name)).toContain("notes.txt");
  });
});

describe("lenient mode", () => {
  it("names every rule a request needed, in one header", async () => {
    const file = await firstFile(lenient);
    const res = await call(lenient, "/storage/links?page_size=0", {
      method: "POST",
      body: JSON.stringify({ file_id: file.id, direct: "false", expiration: null, password: null }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("x-kloudless-emulator-lenient")).toBe("string-scalars, null-as-absent");
    expect(((await res.json()) as Json).direct).toBe(false);
  });

  it("adds no header to a valid request, and still refuses what no rule fixes, naming what is left", async () => {
    const valid = await call(lenient, "/storage/folders/root/contents?page_size=10");
    expect(valid.status).toBe(200);
    expect(valid.headers.get("x-kloudless-emulator-lenient")).toBeNull();

    const res = await call(lenient, "/storage/folders", {
      method: "POST",
      body: JSON.stringify({ name: 42, parent_id: null }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-kloudless-emulator-lenient")).toBeNull();
    expect(((await res.json()) as Json).message).toBe("name: must be a string");
    expect(lenient.requests.at(-1)?.lenient).toBeUndefined();
  });

  it("keeps the live API's client quirks in both modes, without a header", async () => {
    for (const emu of [strict, lenient]) {
      const res = await fetch(`${emu.url}/v1/accounts/me/`, {
        headers: { Authorization: `Bearer ${emu.accounts[0]?.token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-kloudless-emulator-lenient")).toBeNull();
    }
  });

  it("lets browsers read the header, and logs the rules on the request line", async () => {
    const lines: string[] = [];
    const emu = await startEmulator({ port: 0, mode: "lenient", logRequests: (line) => lines.push(line) });
    try {
      const res = await call(emu, "/storage/folders/root/contents?page_size=99999");
      expect(res.headers.get("access-control-expose-headers")).toContain("X-Kloudless-Emulator-Lenient");
      expect(lines.at(-1)).toMatch(/ 200 .* lenient=clamp-range$/);
      expect(emu.mode).toBe("lenient");
      expect(strict.mode).toBe("strict");
    } finally {
      await emu.close();
    }
  });

  it("refuses to start with an unknown mode", async () => {
    await expect(startEmulator({ port: 0, mode: "relaxed" as "lenient" })).rejects.toThrow(
      'mode must be "strict" or "lenient", not "relaxed"',
    );
  });

  it("lists every rule in docs/emulator.md", () => {
    const docs = readFileSync(new URL("../../docs/emulator.md", import.meta.url), "utf8");
    for (const rule of LENIENCY_RULES) expect(docs).toContain(`| \`${rule.name}\` |`);
  });
});
