import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/src/index.ts";
import { main } from "../../examples/quickstart.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});

afterAll(() => emu.close());

describe("examples/quickstart.ts (what make demo runs)", () => {
  it("runs every step against the emulator and reports what it did", async () => {
    const token = (api: string) => emu.accounts.find((a) => a.apis.includes(api))?.token ?? "";
    const lines: string[] = [];
    await main({
      baseUrl: emu.url,
      storageToken: token("storage"),
      calendarToken: token("calendar"),
      print: (line) => lines.push(line),
    });
    const text = lines.join("\n");
    expect(text).toMatch(/read back \d+ identical bytes/);
    expect(text).toMatch(/page 2: /);
    expect(text).toMatch(/created Event test \(event_/);
    expect(text).toMatch(/add: hello-from-ts\.txt/);
    expect(text).toMatch(/upstream answered 200/);
    expect(lines.at(-1)).toBe("\nDone.");
  });
});
