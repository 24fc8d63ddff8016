import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../src/index.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
type Nodes = Map<string, { name: unknown; type?: string; id?: string }>;

let emu: Emulator;
let token: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, strictResponses: true });
  token = emu.accounts.find((a) => a.apis.includes("storage"))?.token ?? "";
});

afterAll(() => emu.close());

const get = (path: string) =>
  fetch(`${emu.url}/v1/accounts/me/${path}`, { headers: { Authorization: `Bearer ${token}` } });

describe("strict responses (every emulator of the test suite runs this way)", () => {
  it("sends responses that match the spec unchanged", async () => {
    const res = await get("storage/folders/root/contents");
    expect(res.status).toBe(200);
  });

  it("turns a response that breaks the spec into a 500 naming the violation", async () => {
    // Corrupt one stored file so that its metadata no longer fits the File schema.
    const storage = emu.state.area<{ drives: Map<number, { nodes: Nodes }> }>("storage", () => ({ drives: new Map() }));
    const drive = [...storage.drives.values()][0];
    const [id, node] = [...(drive?.nodes ?? new Map()).entries()].find(([, n]) => n.name === "readme.md") ?? [];
    expect(node).toBeDefined();
    if (node) node.name = 42;
    const res = await get(`storage/files/${id}`);
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error_code: string; message: string };
    expect(body.error_code).toBe("internal_error");
    expect(body.message).toMatch(/breaks the spec: storage\.files\.retrieve 200: .*name/);
  });
});
