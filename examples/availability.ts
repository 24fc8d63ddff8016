/**
 * Availability search: create a few meetings on a calendar, then ask the API for the windows in
 * which the calendar is free for a meeting of a given length, and list a year of events page by
 * page with an explicit `start` and `end`.
 *
 * Run it against the emulator (which it starts): `npx tsx examples/availability.ts`. Against the
 * live API, call `main` with your calendar account's token and no `baseUrl`.
 */
import { pathToFileURL } from "node:url";
import { Account } from "../src/index.ts";

/** Where to connect, with which token, and where lines go. */
export interface AvailabilityConfig {
  /** The API origin; absent, the live API. */
  baseUrl?: string;
  /** A calendar account's Bearer token. */
  token: string;
  /** Where lines go (default: console.log). */
  print?: (line: string) => void;
}

/** The free windows found, and the events listed over the year. */
export interface AvailabilityResult {
  free: { start: string; end: string }[];
  eventsIn2031: number;
}

export async function main(config: AvailabilityConfig): Promise<AvailabilityResult> {
  const print = config.print ?? console.log;
  const account = new Account({ token: config.token, ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}) });

  // Two meetings on Monday 6 January 2031 (UTC).
  const created: string[] = [];
  for (const [name, start, end] of [
    ["Stand-up", "2031-01-06T09:00:00Z", "2031-01-06T09:30:00Z"],
    ["Design review", "2031-01-06T13:00:00Z", "2031-01-06T15:00:00Z"],
  ] as const) {
    const event = await account.calendar.events.create("primary", { json: { name, start, end } });
    created.push(event.data.id);
    print(`created ${name} ${start} - ${end}`);
  }

  try {
    // Free windows of at least an hour in the working day, on the primary calendar.
    const availability = await account.calendar.findAvailability({
      json: {
        calendars: ["primary"],
        meeting_duration: "PT1H",
        constraints: { time_windows: [{ start: "2031-01-06T08:00:00Z", end: "2031-01-06T18:00:00Z" }] },
      },
    });
    const free = availability.data.time_windows.map(({ start, end }) => ({ start, end }));
    for (const window of free) print(`free ${window.start} - ${window.end}`);

    // A year of events: `end` defaults to now, so future events need an explicit window.
    const year = await account.calendar.events.list("primary", {
      params: { start: "2031-01-01T00:00:00Z", end: "2032-01-01T00:00:00Z", page_size: 1 },
    });
    let eventsIn2031 = 0;
    for await (const event of year) {
      eventsIn2031++;
      print(`2031: ${event.data.name} ${event.data.start}`);
    }
    return { free, eventsIn2031 };
  } finally {
    for (const id of created) await account.calendar.events.delete("primary", id);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { startEmulator } = await import("../emulator/src/index.ts");
  const emu = await startEmulator({ port: 0 });
  try {
    const calendar = emu.accounts.find((a) => a.apis.includes("calendar"))!;
    await main({ baseUrl: emu.url, token: calendar.token });
  } finally {
    await emu.close();
  }
}
