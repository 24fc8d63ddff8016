import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/src/index.ts";
import { main } from "../../examples/availability.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});

afterAll(() => emu.close());

describe("examples/availability.ts", () => {
  it("finds the free hours around two meetings and pages through the year's events", async () => {
    const calendar = emu.accounts.find((a) => a.apis.includes("calendar"))!;
    const lines: string[] = [];
    const result = await main({ baseUrl: emu.url, token: calendar.token, print: (line) => lines.push(line) });
    expect(result.free).toEqual([
      { start: "2031-01-06T08:00:00Z", end: "2031-01-06T09:00:00Z" },
      { start: "2031-01-06T09:30:00Z", end: "2031-01-06T13:00:00Z" },
      { start: "2031-01-06T15:00:00Z", end: "2031-01-06T18:00:00Z" },
    ]);
    expect(result.eventsIn2031).toBe(2);
    expect(lines.filter((line) => line.startsWith("2031: "))).toHaveLength(2);
  });
});
