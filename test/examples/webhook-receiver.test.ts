import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/src/index.ts";
import { main } from "../../examples/webhook-receiver.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
let emu: Emulator;
let dir: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  dir = mkdtempSync(join(tmpdir(), "kloudless-example-"));
});

afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("examples/webhook-receiver.ts", () => {
  it("registers the receiver, which reads the upload's event and keeps the cursor in its file", async () => {
    const account = emu.accounts.find((a) => a.apis.includes("storage"));
    const lines: string[] = [];
    const cursorFile = join(dir, "cursors.json");
    const events = await main({
      baseUrl: emu.url,
      appId: emu.appId,
      apiKey: emu.apiKey,
      metaToken: emu.metaToken,
      storageToken: account?.token ?? "",
      storageAccountId: account?.id ?? 0,
      cursorFile,
      print: (line) => lines.push(line),
    });
    expect(events.map((e) => e.type)).toEqual(["add"]);
    expect(lines).toContain(`account ${account?.id}: add webhook-demo.txt`);
    const cursors = JSON.parse(readFileSync(cursorFile, "utf8")) as Record<string, string>;
    expect(Number(cursors[String(account?.id)])).toBeGreaterThan(0);
    // The receiver answered while main() went on: the emulator records the answer a moment later.
    const delivered = () => emu.deliveries.filter((d) => d.kind === "notification" && d.state === "delivered");
    for (let i = 0; i < 100 && delivered().length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(delivered()[0]?.attempts.at(-1)).toMatchObject({ status: 200, body: emu.appId });
  });
});
