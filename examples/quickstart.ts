/**
 * Quick start: the tour of the Python SDK's README, in TypeScript, against any Kloudless
 * API (the local emulator by default, through `make demo`).
 *
 * Environment: KLOUDLESS_BASE_URL, KLOUDLESS_STORAGE_TOKEN, KLOUDLESS_CALENDAR_TOKEN.
 */
import { Account, type components, type ResourceList } from "../src/index.ts";

type CalendarEvent = components["schemas"]["CalendarEvent"];

function nameOf(metadata: unknown): string {
  return metadata && typeof metadata === "object" && "name" in metadata ? String(metadata.name) : "?";
}

/** Where to connect and with which tokens. */
export interface QuickstartConfig {
  baseUrl: string;
  storageToken: string;
  calendarToken: string;
  /** Where lines go (default: console.log). */
  print?: (line: string) => void;
}

/** Runs the tour; throws if any step does not do what it says. */
export async function main(config: QuickstartConfig): Promise<void> {
  const print = config.print ?? ((line: string) => console.log(line));
  const step = (title: string) => print(`\n▸ ${title}`);
  const storage = new Account({ token: config.storageToken, baseUrl: config.baseUrl });
  const calendar = new Account({ token: config.calendarToken, baseUrl: config.baseUrl });

  step("Remember where the activity stream is now");
  const { cursor } = (await storage.get("events/latest")).data;
  print(`  latest cursor: ${cursor}`);

  step("List the root folder (every page, through the paging iterator)");
  const root = await storage.get("storage/folders/{folder_id}/contents", {
    path: { folder_id: "root" },
    params: { page_size: 2 },
  });
  let firstFile: (typeof root.objects)[number] | undefined;
  for await (const item of root.getPagingIterator()) {
    const { type, name, size } = item.data;
    print(`  ${type === "folder" ? "[dir] " : "[file]"} ${name}${type === "file" ? ` (${size} bytes)` : ""}`);
    if (!firstFile && type === "file") firstFile = item;
  }
  if (!firstFile) throw new Error("the root folder holds no file to download");

  step(`Download ${firstFile.data.name}`);
  const download = await firstFile.get("contents");
  const bytes = new Uint8Array(await download.arrayBuffer());
  print(`  ${bytes.byteLength} bytes received`);

  step("Upload a file, then read it back byte for byte");
  const content = new TextEncoder().encode(`Hello from the kloudless TypeScript SDK at ${new Date().toISOString()}\n`);
  // Streams the body and builds the X-Kloudless-Metadata header (multipart above 32 MiB).
  const uploaded = await storage.storage.files.upload({ parentId: "root", name: "hello-from-ts.txt", data: content });
  const back = new Uint8Array(await (await uploaded.get("contents")).arrayBuffer());
  const same = back.byteLength === content.byteLength && back.every((b, i) => b === content[i]);
  if (!same) throw new Error("the uploaded file does not read back identically");
  print(`  uploaded ${uploaded.data.name} (${uploaded.data.id}); read back ${back.byteLength} identical bytes`);

  step("Read the primary calendar");
  const primary = await calendar.get("cal/calendars/{calendar_id}", { path: { calendar_id: "primary" } });
  print(`  primary calendar: ${primary.data.name}`);

  step("Page through its events, 5 at a time");
  let events: ResourceList<CalendarEvent, unknown> | undefined = await calendar.get(
    "cal/calendars/{calendar_id}/events",
    {
      path: { calendar_id: "primary" },
      params: { page_size: 5, start: "2000-01-01T00:00:00Z", end: "2100-01-01T00:00:00Z" },
    },
  );
  for (let page = 1; events; page++) {
    for (const event of events) print(`  page ${page}: ${event.data.name}: ${event.data.start} ~ ${event.data.end}`);
    events = events.hasNextPage() ? await events.getNextPage() : undefined;
  }

  step("Create an event on the primary calendar");
  const created = await calendar.calendar.events.create("primary", {
    json: { name: "Event test", start: "2030-01-01T12:30:00Z", end: "2030-01-01T13:30:00Z" },
  });
  print(`  created ${created.data.name} (${created.data.id})`);

  step("Read the activity recorded since the start");
  const activity = await storage.events.list({ params: { cursor: String(cursor), page_size: 50 } });
  for await (const event of activity) print(`  ${event.data.type}: ${nameOf(event.data.metadata)}`);
  print(`  store this cursor for the next poll: ${activity.latestCursor}`);

  step("Make a pass-through call to the upstream service");
  const raw = await storage.raw("GET", "/drive/v2/about");
  print(`  upstream answered ${raw.status}: ${(await raw.text()).slice(0, 80)}`);

  print("\nDone.");
}

const entry = process.argv[1];
if (entry && import.meta.url === new URL(`file://${entry}`).href) {
  const env = process.env;
  if (!env.KLOUDLESS_BASE_URL || !env.KLOUDLESS_STORAGE_TOKEN || !env.KLOUDLESS_CALENDAR_TOKEN) {
    console.error("Set KLOUDLESS_BASE_URL, KLOUDLESS_STORAGE_TOKEN and KLOUDLESS_CALENDAR_TOKEN, or run `make demo`.");
    process.exit(2);
  }
  await main({
    baseUrl: env.KLOUDLESS_BASE_URL,
    storageToken: env.KLOUDLESS_STORAGE_TOKEN,
    calendarToken: env.KLOUDLESS_CALENDAR_TOKEN,
  });
}
