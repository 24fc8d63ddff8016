/**
 * The emulator's Calendar API over real HTTP: calendars and events CRUD, the `primary` alias,
 * list filters and paging, the activity log, and Find Availability on a known busy pattern.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { startEmulator } from "../src/index.ts";
import { responseViolations } from "../src/validate.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely; the spec test checks their shape.
type Json = Record<string, any>;

let emu: Emulator;
let accountId: number;
let token: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, recordResponses: true });
  const account = emu.accounts.find((a) => a.apis.includes("calendar"));
  if (!account) throw new Error("the emulator seeds no calendar account");
  accountId = account.id;
  token = account.token;
});

afterAll(async () => {
  await emu.close();
});

/** Calls the account's calendar API with its Bearer token; returns the status and JSON body. */
async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${emu.url}/v1/accounts/${accountId}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : {} };
}

/** Creates a calendar of its own for a test, so that tests do not see each other's events. */
async function newCalendar(name: string): Promise<string> {
  const { status, json } = await call("POST", "/cal/calendars", { name });
  expect(status).toBe(201);
  return json.id;
}

/** Creates an event and returns it. */
async function newEvent(calendarId: string, event: Json): Promise<Json> {
  const { status, json } = await call("POST", `/cal/calendars/${calendarId}/events`, event);
  expect(status, JSON.stringify(json)).toBe(201);
  return json;
}

describe("calendars", () => {
  it("returns the seeded demo events: all-day, recurring, with attendees, reminders and custom properties", async () => {
    const { json } = await call("GET", "/cal/calendars/primary/events?end=2100-01-01T00:00:00Z&page_size=100");
    const seeded: Json[] = json.objects;
    expect(seeded.length).toBeGreaterThanOrEqual(12);
    expect(seeded.some((e: Json) => e.all_day)).toBe(true);
    expect(seeded.some((e: Json) => e.recurrence?.[0]?.rrule === "RRULE:FREQ=WEEKLY;COUNT=4")).toBe(true);
    expect(seeded.some((e: Json) => e.attendees.length > 0 && e.reminders.length > 0)).toBe(true);
    expect(seeded.some((e: Json) => e.custom_properties?.length > 0)).toBe(true);
    expect(seeded.some((e: Json) => Date.parse(e.start) < Date.now())).toBe(true);
    expect(seeded.some((e: Json) => Date.parse(e.start) > Date.now())).toBe(true);
  });

  it("lists the seeded calendars, primary first, as a token-paged object list", async () => {
    const { status, json } = await call("GET", "/cal/calendars");
    expect(status).toBe(200);
    expect(json).toMatchObject({ type: "object_list", api: "calendar", page: "1", next_page: null });
    expect(json.count).toBeGreaterThanOrEqual(2);
    expect(json.objects[0]).toMatchObject({ type: "calendar", api: "calendar", account_id: String(accountId) });

    const primary = await call("GET", "/cal/calendars/primary");
    expect(primary.status).toBe(200);
    expect(primary.json.id).toBe(json.objects[0].id);
    expect(primary.json.id).not.toBe("primary");
  });

  it("pages calendars with string page tokens", async () => {
    await newCalendar("Paging A");
    await newCalendar("Paging B");
    const seen: string[] = [];
    let page: string | null = "1";
    while (page !== null) {
      const { status, json } = await call("GET", `/cal/calendars?page_size=1&page=${page}`);
      expect(status).toBe(200);
      expect(json.page).toBe(page);
      expect(json.count).toBe(1);
      seen.push(json.objects[0].id);
      page = json.next_page;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(4);
  });

  it("creates, retrieves, updates and deletes a calendar", async () => {
    const created = await call("POST", "/cal/calendars", {
      name: "My Test Calendar",
      description: "A test calendar for testing",
      location: "San Francisco, CA",
      timezone: "US/Pacific",
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: "My Test Calendar", timezone: "US/Pacific", type: "calendar" });
    const id = created.json.id;

    expect((await call("GET", `/cal/calendars/${id}`)).json).toEqual(created.json);

    const updated = await call("PATCH", `/cal/calendars/${id}`, { name: "Renamed" });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id, name: "Renamed", description: "A test calendar for testing" });

    expect((await call("DELETE", `/cal/calendars/${id}`)).status).toBe(204);
    const gone = await call("GET", `/cal/calendars/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.json.error_code).toBe("not_found");
  });

  it("refuses to delete the primary calendar", async () => {
    const { status, json } = await call("DELETE", "/cal/calendars/primary");
    expect(status).toBe(403);
    expect(json.error_code).toBe("forbidden");
  });
});

describe("events", () => {
  it("creates an event with defaults, retrieves, updates and deletes it", async () => {
    const primary = (await call("GET", "/cal/calendars/primary")).json;
    const event = await newEvent("primary", {
      name: "Event test",
      start: "2030-01-01T12:30:00Z",
      end: "2030-01-01T13:30:00-00:00",
      attendees: [{ name: "Alex", email: "alex@example.com" }],
    });
    expect(event).toMatchObject({
      api: "calendar",
      type: "event",
      calendar_id: primary.id,
      account_id: String(accountId),
      recurrence_type: "solo",
      name: "Event test",
      start: "2030-01-01T12:30:00Z",
      end: "2030-01-01T13:30:00-00:00",
      attendees: [{ name: "Alex", email: "alex@example.com", status: "pending" }],
      href: `${emu.url}/v1/accounts/${accountId}/cal/calendars/${primary.id}/events/${event.id}`,
    });
    expect(event.creator.email).toBe(event.organizer.email);
    expect(event.created).toBe(event.modified);

    const byAlias = await call("GET", `/cal/calendars/primary/events/${event.id}`);
    expect(byAlias.json).toEqual(event);

    const updated = await call("PATCH", `/cal/calendars/${primary.id}/events/${event.id}`, {
      location: "Room 1",
      attendees: [
        { name: "Alex", email: "alex@example.com", status: "accepted" },
        { name: "Sam", email: "sam@example.com" },
      ],
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      id: event.id,
      name: "Event test",
      location: "Room 1",
      created: event.created,
    });
    expect(updated.json.attendees.map((a: Json) => a.status)).toEqual(["accepted", "pending"]);
    expect(Date.parse(updated.json.modified)).toBeGreaterThan(Date.parse(event.modified));

    expect((await call("DELETE", `/cal/calendars/primary/events/${event.id}`)).status).toBe(204);
    expect((await call("GET", `/cal/calendars/primary/events/${event.id}`)).status).toBe(404);
  });

  it("makes a recurring master of an event with recurrence and lists its instances", async () => {
    const calendarId = await newCalendar("Recurring");
    const master = await newEvent(calendarId, {
      name: "Weekly",
      start: "2030-03-04T10:00:00Z",
      end: "2030-03-04T10:30:00Z",
      recurrence: [{ rrule: "RRULE:FREQ=WEEKLY;COUNT=4" }],
    });
    expect(master.recurrence_type).toBe("recurring_master");
    const { json } = await call(
      "GET",
      `/cal/calendars/${calendarId}/events?end=2031-01-01T00:00:00Z&instances=${master.id}`,
    );
    expect(json.objects.map((e: Json) => e.start)).toEqual([
      "2030-03-04T10:00:00Z",
      "2030-03-11T10:00:00Z",
      "2030-03-18T10:00:00Z",
      "2030-03-25T10:00:00Z",
    ]);
    expect(json.objects[1]).toMatchObject({ recurrence_type: "recurring", recurring_master_id: master.id });
    const instance = await call("GET", `/cal/calendars/${calendarId}/events/${json.objects[1].id}`);
    expect(instance.json).toEqual(json.objects[1]);
  });

  it("filters by start (against event starts) and end (against event ends) and pages sorted by start", async () => {
    const calendarId = await newCalendar("Filters");
    for (const day of [7, 3, 5, 1, 6, 2, 4]) {
      await newEvent(calendarId, {
        name: `Day ${day}`,
        start: `2030-05-0${day}T09:00:00Z`,
        end: `2030-05-0${day}T10:00:00Z`,
      });
    }
    const names: string[] = [];
    const pages: (string | null)[] = [];
    let page: string | null = "1";
    while (page !== null) {
      const query = `start=2030-05-02T09:00:00Z&end=2030-05-06T10:00:00Z&page_size=2&page=${page}`;
      const { status, json } = await call("GET", `/cal/calendars/${calendarId}/events?${query}`);
      expect(status).toBe(200);
      expect(json).toMatchObject({ type: "object_list", api: "calendar", page });
      names.push(...json.objects.map((e: Json) => e.name));
      page = json.next_page;
      pages.push(page);
    }
    expect(names).toEqual(["Day 2", "Day 3", "Day 4", "Day 5", "Day 6"]);
    expect(pages).toEqual(["2", "3", null]);

    const defaults = await call("GET", `/cal/calendars/${calendarId}/events`);
    expect(defaults.json.count).toBe(0); // the default end is now, before these 2030 events
  });

  it("rejects malformed dates with invalid_parameters naming the field", async () => {
    const create = await call("POST", "/cal/calendars/primary/events", {
      start: "tomorrow",
      end: "2030-01-01T10:00:00Z",
    });
    expect(create.status).toBe(400);
    expect(create.json.error_code).toBe("invalid_parameters");
    expect(create.json.message).toContain("start");

    const backwards = await call("POST", "/cal/calendars/primary/events", {
      start: "2030-01-02T10:00:00Z",
      end: "2030-01-01T10:00:00Z",
    });
    expect(backwards.status).toBe(400);
    expect(backwards.json.message).toContain("end");

    const list = await call("GET", "/cal/calendars/primary/events?end=2030-13-45T00:00:00Z");
    expect(list.status).toBe(400);
    expect(list.json.message).toContain("end");
  });

  it("adds the upstream object as raw with X-Kloudless-Raw-Data", async () => {
    const event = await newEvent("primary", {
      start: "2030-02-01T10:00:00Z",
      end: "2030-02-01T11:00:00Z",
      raw: { object: { colorId: "5" } },
    });
    expect(event.raw).toBeUndefined();
    const res = await fetch(`${emu.url}/v1/accounts/${accountId}/cal/calendars/primary/events/${event.id}`, {
      headers: { Authorization: `Bearer ${token}`, "X-Kloudless-Raw-Data": "true" },
    });
    expect((await res.json()).raw.object.colorId).toBe("5");
  });
});

describe("activity", () => {
  it("starts with an add event for each seeded event", async () => {
    const { json } = await call("GET", "/events?cursor=after-auth&page_size=12");
    expect(json.count).toBe(12);
    for (const e of json.objects) {
      expect(e).toMatchObject({ type: "add", account: accountId, metadata: { api: "calendar", type: "event" } });
    }
  });

  it("records add, update and delete of events with the event as metadata", async () => {
    const cursor = (await call("GET", "/events/latest")).json.cursor;
    const event = await newEvent("primary", {
      name: "Tracked",
      start: "2030-04-01T10:00:00Z",
      end: "2030-04-01T11:00:00Z",
    });
    await call("PATCH", `/cal/calendars/primary/events/${event.id}`, { name: "Tracked (moved)" });
    await call("DELETE", `/cal/calendars/primary/events/${event.id}`);

    const { status, json } = await call("GET", `/events?cursor=${cursor}`);
    expect(status).toBe(200);
    expect(json.objects.map((e: Json) => e.type)).toEqual(["add", "update", "delete"]);
    for (const e of json.objects) {
      expect(e.metadata).toMatchObject({ api: "calendar", type: "event", id: event.id });
    }
    expect(json.objects[1].metadata.name).toBe("Tracked (moved)");
    expect(json.objects[1].previous_metadata.name).toBe("Tracked");
  });
});

describe("find availability", () => {
  it("subtracts merged busy times from the windows and keeps gaps of at least the duration", async () => {
    const calendarId = await newCalendar("Busy");
    for (const [start, end] of [
      ["09:00", "10:00"],
      ["09:30", "11:00"],
      ["12:00", "12:30"],
      ["16:30", "18:30"],
    ]) {
      await newEvent(calendarId, { start: `2031-01-06T${start}:00Z`, end: `2031-01-06T${end}:00Z` });
    }
    const request = (duration: string) =>
      call("POST", "/cal/availability", {
        calendars: [calendarId],
        meeting_duration: duration,
        constraints: { time_windows: [{ start: "2031-01-06T08:00:00Z", end: "2031-01-06T18:00:00Z" }] },
      });

    const hour = await request("PT1H");
    expect(hour.status).toBe(200);
    expect(hour.json).toEqual({
      time_windows: [
        { start: "2031-01-06T08:00:00Z", end: "2031-01-06T09:00:00Z" },
        { start: "2031-01-06T11:00:00Z", end: "2031-01-06T12:00:00Z" },
        { start: "2031-01-06T12:30:00Z", end: "2031-01-06T16:30:00Z" },
      ],
      api: "calendar",
      type: "availability",
    });
    expect((await request("PT2H")).json.time_windows).toEqual([
      { start: "2031-01-06T12:30:00Z", end: "2031-01-06T16:30:00Z" },
    ]);
    expect((await request("PT30M")).json.time_windows).toHaveLength(3);
  });

  it("expands recurring events and accepts offsets in the windows", async () => {
    const calendarId = await newCalendar("Daily");
    await newEvent(calendarId, {
      start: "2031-02-03T13:00:00Z",
      end: "2031-02-03T14:00:00Z",
      recurrence: [{ rrule: "RRULE:FREQ=DAILY;COUNT=2" }],
    });
    const { json } = await call("POST", "/cal/availability", {
      calendars: [calendarId],
      meeting_duration: "PT1H",
      constraints: {
        time_windows: [
          { start: "2031-02-03T12:00:00Z", end: "2031-02-03T15:00:00Z" },
          { start: "2031-02-04T13:00:00+01:00", end: "2031-02-04T16:00:00+01:00" },
          { start: "2031-02-05T12:00:00Z", end: "2031-02-05T15:00:00Z" },
        ],
      },
    });
    expect(json.time_windows).toEqual([
      { start: "2031-02-03T12:00:00Z", end: "2031-02-03T13:00:00Z" },
      { start: "2031-02-03T14:00:00Z", end: "2031-02-03T15:00:00Z" },
      { start: "2031-02-04T12:00:00Z", end: "2031-02-04T13:00:00Z" },
      { start: "2031-02-04T14:00:00Z", end: "2031-02-04T15:00:00Z" },
      { start: "2031-02-05T12:00:00Z", end: "2031-02-05T15:00:00Z" },
    ]);
  });

  it("defaults to the primary calendar", async () => {
    const event = await newEvent("primary", { start: "2032-01-05T10:00:00Z", end: "2032-01-05T11:00:00Z" });
    const { json } = await call("POST", "/cal/availability", {
      meeting_duration: "PT1H",
      constraints: { time_windows: [{ start: "2032-01-05T09:00:00Z", end: "2032-01-05T12:00:00Z" }] },
    });
    expect(json.time_windows).toEqual([
      { start: "2032-01-05T09:00:00Z", end: "2032-01-05T10:00:00Z" },
      { start: "2032-01-05T11:00:00Z", end: "2032-01-05T12:00:00Z" },
    ]);
    await call("DELETE", `/cal/calendars/primary/events/${event.id}`);
  });

  it("rejects an invalid meeting duration with 400", async () => {
    const { status, json } = await call("POST", "/cal/availability", {
      meeting_duration: "P0D",
      constraints: { time_windows: [{ start: "2031-01-06T08:00:00Z", end: "2031-01-06T18:00:00Z" }] },
    });
    expect(status).toBe(400);
    expect(json.error_code).toBe("invalid_parameters");
    expect(json.message).toContain("meeting_duration");
  });
});

describe("the spec", () => {
  it("describes every JSON response of these tests", () => {
    expect(emu.responses.length).toBeGreaterThan(10);
    expect(responseViolations(spec, emu.responses)).toEqual([]);
  });
});
