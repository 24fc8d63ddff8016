/**
 * The Meeting Scheduler through the SDK against the emulator over real HTTP: the organizer's
 * account token creates a meeting window on one of its calendars, lists the window's time slots
 * page by page, books one (the event appears on the booking calendar and the slot is gone) and
 * cancels it (the event leaves the calendar and the slot is back).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import type { components } from "../../generated/schema.ts";
import { Account, BadRequest, Client, NotFound } from "../../src/index.ts";
import { startEmulator } from "../src/index.ts";
import { responseViolations } from "../src/validate.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely; the spec check covers their shape.
type Json = Record<string, any>;
type Slot = { start: string; end: string };

/**
 * The first call of Kloudless' own Meeting Scheduler: the window it creates for a new organizer
 * (spec/examples/meetings, which names its source). Its calendar is replaced by a test calendar.
 */
const SCHEDULER_WINDOW = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../spec/examples/meetings/create-meeting-window-request.json"), "utf8"),
) as components["schemas"]["MeetingWindowCreate"];
const TIME_ZONE = String(SCHEDULER_WINDOW.time_zone);

let emu: Emulator;
let organizer: Client;
let calendar: Account;
let token: string;
let bookingCalendarId: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, recordResponses: true });
  const account = emu.accounts.find((a) => a.apis.includes("calendar"));
  if (!account) throw new Error("the emulator seeds no calendar account");
  token = account.token;
  organizer = new Client({ token, baseUrl: emu.url, maxRetries: 0 });
  calendar = new Account({ token, baseUrl: emu.url, maxRetries: 0 });
  const created = await calendar.calendar.calendars.create({ json: { name: "Bookings" } });
  bookingCalendarId = String(created.data.id);
});

afterAll(async () => {
  await emu.close();
});

/** Creates a window of the scheduler's shape on `calendarId` (a calendar of its own by default). */
async function newWindow(extra: Json = {}): Promise<Json> {
  const calendarId =
    extra.booking_calendar_id ?? String((await calendar.calendar.calendars.create({ json: { name: "w" } })).data.id);
  const created = await organizer.meetings.windows.create({
    json: { ...SCHEDULER_WINDOW, ...extra, booking_calendar_id: calendarId },
  });
  expect(created.status).toBe(201);
  return created.data as Json;
}

/** Every time slot of a window, following `next_page`; also returns how many pages it took. */
async function allSlots(windowId: string): Promise<{ slots: Slot[]; pages: number }> {
  const slots: Slot[] = [];
  let page: number | null = 1;
  let pages = 0;
  while (page !== null) {
    const res = await organizer.meetings.windows.listTimeSlots(windowId, { params: { page } });
    const data = res.data as { time_slots: Slot[]; next_page: number | null };
    slots.push(...data.time_slots);
    pages++;
    page = data.next_page;
    expect(pages).toBeLessThan(100);
  }
  return { slots, pages };
}

/** The wall-clock weekday and `hh:mm` of an instant in `zone`. */
function wallClock(iso: string, zone: string): { weekday: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { weekday: get("weekday"), time: `${get("hour")}:${get("minute")}` };
}

describe("meeting windows", () => {
  it("accepts the Meeting Scheduler's first call: POST /v1/meetings/windows/ with the organizer's Bearer token", async () => {
    const res = await fetch(`${emu.url}/v1/meetings/windows/`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ ...SCHEDULER_WINDOW, booking_calendar_id: bookingCalendarId }),
    });
    const body = (await res.json()) as Json;
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({
      ...SCHEDULER_WINDOW,
      booking_calendar_id: bookingCalendarId,
      time_buffer_before: 0,
      time_buffer_after: 0,
      allow_event_metadata: false,
      organizer: "calendar@example.com",
      api: "meeting_scheduler",
      type: "meeting_window",
    });
    expect(body.id).toEqual(expect.any(String));
  });

  it("lists, retrieves, updates and deletes the organizer's windows", async () => {
    const window = await newWindow({ title: "Crud" });
    const list = await organizer.meetings.windows.list({ params: { page_size: 100 } });
    expect(list.objects.map((w) => w.data.id)).toContain(window.id);
    expect(list.data).toMatchObject({ page: 1, api: "meeting_scheduler" });
    expect((await organizer.meetings.windows.retrieve(window.id)).data.title).toBe("Crud");
    const updated = await organizer.meetings.windows.update(window.id, { json: { title: "Renamed", duration: 45 } });
    expect(updated.data).toMatchObject({ id: window.id, title: "Renamed", duration: 45, time_zone: TIME_ZONE });
    await organizer.meetings.windows.delete(window.id);
    await expect(organizer.meetings.windows.retrieve(window.id)).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses an unknown time zone and a booking calendar the organizer does not have", async () => {
    await expect(newWindow({ time_zone: "Mars/Olympus" })).rejects.toBeInstanceOf(BadRequest);
    await expect(newWindow({ booking_calendar_id: "calendar_nope" })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("booking_calendar_id"),
    });
  });

  it("hides a window from another account's token and answers 401 to a list without credentials", async () => {
    const window = await newWindow();
    const other = emu.accounts.find((a) => !a.apis.includes("calendar"));
    const stranger = new Client({ token: String(other?.token), baseUrl: emu.url, maxRetries: 0 });
    await expect(stranger.meetings.windows.retrieve(window.id)).rejects.toBeInstanceOf(NotFound);
    expect((await fetch(`${emu.url}/v1/meetings/windows`)).status).toBe(401);
  });
});

describe("time slots", () => {
  it("lists the weekday slots of the availability in the window's time zone, page by page", async () => {
    const window = await newWindow();
    const { slots, pages } = await allSlots(window.id);
    expect(pages).toBeGreaterThan(1);
    // 18 half-hour starts a weekday between 08:00 and 16:30, over 30 days from now.
    expect(slots.length).toBeGreaterThan(18 * 15);
    expect(slots.length).toBeLessThanOrEqual(18 * 23);
    expect(new Set(slots.map((s) => s.start)).size).toBe(slots.length);
    const starts = slots.map((s) => Date.parse(s.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts[0]).toBeGreaterThanOrEqual(Date.now() - 60_000);
    expect(starts.at(-1)).toBeLessThan(Date.now() + 30 * 86_400_000);
    for (const slot of slots) {
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(15 * 60_000);
      const { weekday, time } = wallClock(slot.start, TIME_ZONE);
      expect(["Mon", "Tue", "Wed", "Thu", "Fri"]).toContain(weekday);
      expect(time >= "08:00" && time <= "16:30" && /:(00|30)$/.test(time), `${slot.start} is ${time}`).toBe(true);
    }
  });

  it("leaves out the slots an event of the booking calendar overlaps, buffers included", async () => {
    const window = await newWindow({ time_buffer_after: 30 });
    const before = (await allSlots(window.id)).slots;
    const busy = before[5] as Slot;
    await calendar.calendar.events.create(window.booking_calendar_id, {
      json: { name: "Dentist", start: busy.start, end: busy.end },
    });
    const after = (await allSlots(window.id)).slots.map((s) => s.start);
    expect(after).not.toContain(busy.start);
    // The slot before ends 15 minutes before the event: its 30-minute buffer overlaps it.
    expect(after).not.toContain((before[4] as Slot).start);
    expect(after).toContain((before[6] as Slot).start);
  });

  it("reads the time of day of spans written as date-times with offset (the older README's form)", async () => {
    const window = await newWindow({
      availability: {
        available_times: [
          { start: "2018-11-29T09:00:00-08:00", end: "2018-12-01T11:00:00-08:00", recurring: { weekday: "MON" } },
        ],
      },
    });
    expect(window.availability.available_times[0].start).toBe("2018-11-29T09:00:00-08:00");
    const { slots } = await allSlots(window.id);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      const { weekday, time } = wallClock(slot.start, TIME_ZONE);
      expect(weekday).toBe("Mon");
      expect(time >= "09:00" && time <= "10:45", `${slot.start} is ${time}`).toBe(true);
    }
    await expect(
      newWindow({ availability: { available_times: [{ start: "2018-11-29T00:00:00-08:00", end: "00:00:00" }] } }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining("end must be after start") });
  });

  it("answers a visitor of the booking page without credentials", async () => {
    const window = await newWindow();
    const res = await fetch(`${emu.url}/v1/meetings/windows/${window.id}/time-slots?page=2`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.time_slots).toHaveLength(50);
    expect(body.next_page).toBe(3);
  });
});

describe("booking", () => {
  it("books a slot as an event of the booking calendar, then cancelling removes it", async () => {
    const window = await newWindow({ location: "https://meet.example.com/intro" });
    const slot = (await allSlots(window.id)).slots[0] as Slot;
    const booked = await organizer.meetings.windows.schedule(window.id, {
      json: { ...slot, targets: [{ name: "Vera Visitor", email: "vera@example.org" }] },
    });
    expect(booked.status).toBe(201);
    expect(booked.data).toMatchObject({
      meeting_window_id: window.id,
      calendar_id: window.booking_calendar_id,
      start: slot.start,
      end: slot.end,
      type: "scheduled_event",
    });
    const eventId = String(booked.data.calendar_event_id);

    const events = await calendar.calendar.events.list(window.booking_calendar_id, {
      params: { start: slot.start, end: slot.end },
    });
    expect(events.objects.map((e) => e.data.id)).toEqual([eventId]);
    const event = (await calendar.calendar.events.retrieve(window.booking_calendar_id, eventId)).data;
    expect(event).toMatchObject({
      name: "Intro call",
      location: "https://meet.example.com/intro",
      start: slot.start,
      end: slot.end,
      start_time_zone: TIME_ZONE,
    });
    expect(event.attendees).toEqual([expect.objectContaining({ name: "Vera Visitor", email: "vera@example.org" })]);
    expect(event.custom_properties).toContainEqual(
      expect.objectContaining({ key: "meeting_window_id", value: window.id }),
    );
    expect((await allSlots(window.id)).slots.map((s) => s.start)).not.toContain(slot.start);
    expect((await organizer.meetings.events.retrieve(String(booked.data.id))).data.calendar_event_id).toBe(eventId);

    await organizer.meetings.events.delete(String(booked.data.id));
    await expect(calendar.calendar.events.retrieve(window.booking_calendar_id, eventId)).rejects.toBeInstanceOf(
      NotFound,
    );
    const left = await calendar.calendar.events.list(window.booking_calendar_id, {
      params: { start: slot.start, end: slot.end },
    });
    expect(left.objects).toEqual([]);
    expect((await allSlots(window.id)).slots[0]).toEqual(slot);
    await expect(organizer.meetings.events.retrieve(String(booked.data.id))).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses a slot that is taken or not on the window's grid", async () => {
    const window = await newWindow();
    const { slots } = await allSlots(window.id);
    const [first, second] = [slots[0] as Slot, slots[1] as Slot];
    const targets = [{ email: "a@example.org" }];
    await organizer.meetings.windows.schedule(window.id, { json: { ...first, targets } });
    await expect(
      organizer.meetings.windows.schedule(window.id, { json: { ...first, targets } }),
    ).rejects.toBeInstanceOf(BadRequest);
    const offGrid = new Date(Date.parse(second.start) + 5 * 60_000).toISOString();
    await expect(
      organizer.meetings.windows.schedule(window.id, {
        json: { start: offGrid, end: new Date(Date.parse(offGrid) + 15 * 60_000).toISOString(), targets },
      }),
    ).rejects.toBeInstanceOf(BadRequest);
  });

  it("moves a booking to another free slot, and its calendar event with it", async () => {
    const window = await newWindow({ allow_event_metadata: true });
    const { slots } = await allSlots(window.id);
    const [first, third] = [slots[0] as Slot, slots[2] as Slot];
    const booked = await organizer.meetings.windows.schedule(window.id, {
      json: { ...first, targets: [{ email: "b@example.org" }], event_metadata: { name: "Planning" } },
    });
    const moved = await organizer.meetings.events.update(String(booked.data.id), { json: { ...third } });
    expect(moved.data).toMatchObject({ start: third.start, end: third.end });
    const event = await calendar.calendar.events.retrieve(
      window.booking_calendar_id,
      String(moved.data.calendar_event_id),
    );
    expect(event.data).toMatchObject({ name: "Planning", start: third.start });
    const starts = (await allSlots(window.id)).slots.map((s) => s.start);
    expect(starts).toContain(first.start);
    expect(starts).not.toContain(third.start);
  });
});

describe("responses", () => {
  it("match the spec", () => {
    expect(responseViolations(spec, emu.responses)).toEqual([]);
  });
});
