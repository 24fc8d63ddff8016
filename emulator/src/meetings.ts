/**
 * The emulator's Meeting Scheduler (Meeting Window API): an organizer's meeting windows, the
 * time slots they offer, booking a slot and the booked events.
 *
 * The organizer is the account of the Bearer token. Slots are the window's daily spans (in its
 * time zone) cut every `time_slot_interval` minutes, minus the busy times of the booking
 * calendar; busy times and booked events go through the Calendar API's own handlers, so that a
 * booking is an ordinary calendar event (recorded in the account's activity) and an event added
 * to the calendar by other means takes its slot away.
 */
import { createCalendarHandlers } from "./calendar.ts";
import { DAY, formatInstant, type Interval, parseDateTime } from "./calendar-time.ts";
import { pageNumberList } from "./core.ts";
import { notifyBooking } from "./meeting-webhooks.ts";
import { type EmulatorState, now, randomToken } from "./state.ts";
import type { AccountRecord, EmuContext, EmuReply, EmuRequest, HandlerTable } from "./types.ts";

/** Time slots per page of `meetings.windows.listTimeSlots`. */
const SLOTS_PER_PAGE = 50;

/** The page size of the window list when `page_size` is not given (as for the other page lists). */
const DEFAULT_PAGE_SIZE = 10;

/** Event attributes `default_event_metadata` may not set (the booking sets them). */
const RESERVED_EVENT_FIELDS = new Set([
  "id",
  "name",
  "description",
  "location",
  "start",
  "end",
  "start_time_zone",
  "end_time_zone",
  "all_day",
  "recurrence",
]);

const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** A stored meeting window: its reply JSON (without `api`/`type`) and its organizer. */
interface WindowRecord {
  accountId: number;
  json: Record<string, unknown>;
}

/** A stored booking. */
interface BookingRecord {
  accountId: number;
  json: Record<string, unknown>;
}

interface MeetingsArea {
  windows: Map<string, WindowRecord>;
  bookings: Map<string, BookingRecord>;
}

function areaOf(state: EmulatorState): MeetingsArea {
  return state.area<MeetingsArea>("meetings", () => ({ windows: new Map(), bookings: new Map() }));
}

/** Whether `zone` is an IANA time zone the runtime knows. */
function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || !zone) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How far `zone`'s wall clock is ahead of UTC at instant `at`, in milliseconds. */
function zoneOffset(at: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant of wall-clock time `wall` (a local time written as if it were UTC) in `zone`. */
function wallToInstant(wall: number, zone: string): number {
  // Twice, so that a day on which the offset changes lands on the offset of the time itself.
  const first = wall - zoneOffset(wall, zone);
  return wall - zoneOffset(first, zone);
}

/** Milliseconds since midnight of an `hh:mm[:ss]` time, or of the time of day of an ISO 8601 date-time. */
function timeOfDay(text: unknown): number | undefined {
  const m = /^(?:\d{4}-\d{2}-\d{2}T)?(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/.exec(String(text));
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 24 || min > 59 || s > 59) return undefined;
  return ((h * 60 + min) * 60 + s) * 1000;
}

/** Checks a window's availability; returns a message naming the bad field, or undefined. */
function availabilityProblem(availability: unknown): string | undefined {
  const value = availability as { available_times?: unknown[]; end_repeat?: unknown } | undefined;
  for (const [i, span] of (value?.available_times ?? []).entries()) {
    const { start, end, recurring } = span as { start?: unknown; end?: unknown; recurring?: { weekday?: unknown } };
    const from = timeOfDay(start);
    const to = timeOfDay(end);
    if (from === undefined) return `availability.available_times[${i}].start: not an hh:mm:ss time`;
    if (to === undefined) return `availability.available_times[${i}].end: not an hh:mm:ss time`;
    if (to <= from) return `availability.available_times[${i}]: end must be after start`;
    if (recurring?.weekday !== undefined && weekdaysOf(recurring.weekday) === undefined)
      return `availability.available_times[${i}].recurring.weekday: use MON, TUE, ... or *`;
  }
  const endRepeat = value?.end_repeat;
  if (endRepeat !== undefined && endRepeat !== "NEVER" && Number.isNaN(Date.parse(String(endRepeat))))
    return "availability.end_repeat: an ISO 8601 date or NEVER";
  return undefined;
}

/** The weekday numbers (0 = Sunday) of a `weekday` list; every day for `*`; undefined when invalid. */
function weekdaysOf(text: unknown): Set<number> | undefined {
  if (text === undefined || String(text).trim() === "*") return new Set([0, 1, 2, 3, 4, 5, 6]);
  const days = String(text)
    .split(",")
    .map((d) => WEEKDAYS.indexOf(d.trim().toUpperCase()));
  return days.some((d) => d < 0) ? undefined : new Set(days);
}

/** The candidate slots of a window between `from` and its availability range, in start order. */
function candidateSlots(window: Record<string, unknown>, from: number): Interval[] {
  const zone = String(window.time_zone);
  const duration = Number(window.duration) * 60_000;
  const step = Number(window.time_slot_interval ?? 30) * 60_000;
  const until = from + Number(window.availability_range ?? 30) * DAY;
  const availability = window.availability as { available_times?: Record<string, unknown>[]; end_repeat?: string };
  const endRepeat =
    availability.end_repeat && availability.end_repeat !== "NEVER" ? Date.parse(availability.end_repeat) : Infinity;
  const firstDay = Math.floor((from + zoneOffset(from, zone)) / DAY) * DAY;
  const starts = new Map<number, Interval>();
  for (let day = firstDay; day <= until + DAY && day <= endRepeat; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    for (const span of availability.available_times ?? []) {
      const recurring = span.recurring as { weekday?: unknown } | undefined;
      if (!weekdaysOf(recurring?.weekday)?.has(weekday)) continue;
      const spanStart = wallToInstant(day + (timeOfDay(span.start) as number), zone);
      const spanEnd = wallToInstant(day + (timeOfDay(span.end) as number), zone);
      for (let start = spanStart; start + duration <= spanEnd; start += step) {
        if (start >= from && start < until) starts.set(start, { start, end: start + duration });
      }
    }
  }
  return [...starts.values()].sort((a, b) => a.start - b.start);
}

/** The JSON body of a request as an object (the server has validated it against the spec). */
function body(req: EmuRequest): Record<string, unknown> {
  return typeof req.json === "object" && req.json !== null ? (req.json as Record<string, unknown>) : {};
}

/** Creates the Meeting Scheduler handlers. */
export function createMeetingsHandlers(state: EmulatorState): HandlerTable {
  const area = areaOf(state);
  const calendar = createCalendarHandlers(state);

  /** Runs a Calendar API handler for `account`, as if the organizer had called it. */
  async function calendarCall(
    req: EmuRequest,
    ctx: EmuContext,
    operationId: string,
    account: AccountRecord,
    params: Record<string, string>,
    json?: Record<string, unknown>,
  ): Promise<EmuReply> {
    const handler = calendar[operationId];
    if (!handler) throw new Error(`no calendar handler ${operationId}`);
    const inner: EmuRequest = {
      ...req,
      operationId,
      params: { account_id: String(account.id), ...params },
      query: new URLSearchParams(),
      args: {},
      account,
      accounts: [account],
      rawData: false,
      ...(json === undefined ? {} : { json }),
    };
    delete inner.asUser;
    return await handler(inner, ctx);
  }

  /** The organizer of a request: the Bearer token's account, or a 401 reply. */
  function organizerOf(req: EmuRequest, ctx: EmuContext): AccountRecord | EmuReply {
    return (
      req.account ??
      ctx.error(401, "authentication_required", "Meeting windows belong to an organizer: send its Bearer token.")
    );
  }

  /**
   * The window named by the path with its organizer, or a 404 reply. With a Bearer token the
   * window must be the token's account's; without one (a visitor of the booking page) any window.
   */
  function windowFor(req: EmuRequest, ctx: EmuContext): { record: WindowRecord; organizer: AccountRecord } | EmuReply {
    const id = req.params.window_id ?? "";
    const record = area.windows.get(id);
    const organizer = record ? state.accounts.get(record.accountId) : undefined;
    if (!record || !organizer || (req.account && req.account.id !== record.accountId))
      return ctx.error(404, "not_found", `Meeting window not found: ${id}`);
    return { record, organizer };
  }

  /** The booking named by the path with its window and organizer, or a 404 reply. */
  function bookingFor(
    req: EmuRequest,
    ctx: EmuContext,
  ): { booking: BookingRecord; organizer: AccountRecord; window: WindowRecord | undefined } | EmuReply {
    const id = req.params.scheduled_event_id ?? "";
    const booking = area.bookings.get(id);
    const organizer = booking ? state.accounts.get(booking.accountId) : undefined;
    if (!booking || !organizer || (req.account && req.account.id !== booking.accountId))
      return ctx.error(404, "not_found", `Scheduled event not found: ${id}`);
    return { booking, organizer, window: area.windows.get(String(booking.json.meeting_window_id)) };
  }

  function windowReply(record: WindowRecord): Record<string, unknown> {
    return { ...structuredClone(record.json), api: "meeting_scheduler", type: "meeting_window" };
  }

  function bookingReply(booking: BookingRecord): Record<string, unknown> {
    return { ...structuredClone(booking.json), api: "meeting_scheduler", type: "scheduled_event" };
  }

  /** Checks a window's attributes after a create or update; a 400 reply when they do not hold. */
  async function checkWindow(
    req: EmuRequest,
    ctx: EmuContext,
    organizer: AccountRecord,
    json: Record<string, unknown>,
  ): Promise<EmuReply | undefined> {
    if (!isTimeZone(json.time_zone))
      return ctx.error(400, "invalid_parameters", `time_zone: '${String(json.time_zone)}' is not an IANA time zone`);
    const problem = availabilityProblem(json.availability);
    if (problem) return ctx.error(400, "invalid_parameters", problem);
    const found = await calendarCall(req, ctx, "calendar.calendars.retrieve", organizer, {
      calendar_id: String(json.booking_calendar_id),
    });
    if (found.status !== 200) {
      return ctx.error(
        400,
        "invalid_parameters",
        `booking_calendar_id: '${String(json.booking_calendar_id)}' is not a calendar of account ${organizer.id}`,
      );
    }
    json.booking_calendar_id = (found.json as { id: string }).id;
    return undefined;
  }

  /**
   * The free slots of a window from now on: its candidate slots whose time, widened by the
   * buffers, is free on the booking calendar. `ignore` is a booked interval to count as free
   * (the booking being moved).
   */
  async function freeSlots(
    req: EmuRequest,
    ctx: EmuContext,
    record: WindowRecord,
    organizer: AccountRecord,
    ignore?: Interval,
  ): Promise<Interval[] | EmuReply> {
    const window = record.json;
    const candidates = candidateSlots(window, Date.now());
    if (candidates.length === 0) return [];
    const before = Number(window.time_buffer_before ?? 0) * 60_000;
    const after = Number(window.time_buffer_after ?? 0) * 60_000;
    const span = {
      start: formatInstant((candidates[0] as Interval).start - before),
      end: formatInstant((candidates[candidates.length - 1] as Interval).end + after),
    };
    // Find Availability over the whole span gives the complement of the calendar's busy times.
    const reply = await calendarCall(
      req,
      ctx,
      "calendar.findAvailability",
      organizer,
      {},
      {
        calendars: [String(window.booking_calendar_id)],
        meeting_duration: "PT1M",
        constraints: { time_windows: [span] },
      },
    );
    if (reply.status !== 200) return reply;
    const free = ((reply.json as { time_windows: { start: string; end: string }[] }).time_windows ?? []).map((w) => ({
      start: Date.parse(w.start),
      end: Date.parse(w.end),
    }));
    if (ignore) free.push(ignore);
    free.sort((a, b) => a.start - b.start);
    const merged: Interval[] = [];
    for (const w of free) {
      const last = merged.at(-1);
      if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
      else merged.push({ ...w });
    }
    return candidates.filter((slot) => merged.some((w) => w.start <= slot.start - before && slot.end + after <= w.end));
  }

  /** The calendar event of a booking: the window's attributes, the targets and the slot. */
  function bookingEvent(window: Record<string, unknown>, input: Record<string, unknown>): Record<string, unknown> {
    const defaults = (window.default_event_metadata ?? {}) as Record<string, unknown>;
    const event: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(defaults)) if (!RESERVED_EVENT_FIELDS.has(key)) event[key] = value;
    const metadata = (window.allow_event_metadata ? (input.event_metadata ?? {}) : {}) as {
      name?: string;
      extra_description?: string;
    };
    const description = [window.description, metadata.extra_description].filter((d) => typeof d === "string" && d);
    const targets = (input.targets ?? []) as { name?: string | null; email: string }[];
    const ownProperties = Array.isArray(event.custom_properties) ? (event.custom_properties as object[]) : [];
    return {
      ...event,
      name: metadata.name ?? window.title,
      description: description.length ? description.join("\n\n") : null,
      location: window.location ?? null,
      start: input.start,
      end: input.end,
      start_time_zone: window.time_zone,
      end_time_zone: window.time_zone,
      attendees: targets.map((t) => ({ name: t.name ?? null, email: t.email })),
      custom_properties: [...ownProperties, { key: "meeting_window_id", value: String(window.id) }],
    };
  }

  /** The slot a schedule body names, if it is one of `free`; else a 400 reply. */
  function slotOf(ctx: EmuContext, input: Record<string, unknown>, free: Interval[]): Interval | EmuReply {
    const start = parseDateTime(input.start)?.ms;
    const end = parseDateTime(input.end)?.ms;
    if (start === undefined || end === undefined)
      return ctx.error(400, "invalid_parameters", "start, end: ISO 8601 date-times are required");
    const slot = free.find((s) => s.start === start && s.end === end);
    return (
      slot ??
      ctx.error(400, "invalid_parameters", `start: the time slot ${String(input.start)} is not available for booking`)
    );
  }

  return {
    "meetings.windows.list": (req, ctx) => {
      const organizer = organizerOf(req, ctx);
      if ("status" in organizer) return organizer;
      const windows = [...area.windows.values()].filter((w) => w.accountId === organizer.id).map(windowReply);
      const page = Number(req.args?.page ?? 1);
      const size = Number(req.args?.page_size ?? DEFAULT_PAGE_SIZE);
      return { status: 200, json: pageNumberList(windows, page, size, "meeting_scheduler") };
    },

    "meetings.windows.create": async (req, ctx) => {
      const organizer = organizerOf(req, ctx);
      if ("status" in organizer) return organizer;
      const created = now();
      const json: Record<string, unknown> = {
        id: `mw_${randomToken(12)}`,
        account: organizer.id,
        organizer: organizer.account,
        location: null,
        description: null,
        availability_range: 30,
        time_slot_interval: 30,
        time_buffer_before: 0,
        time_buffer_after: 0,
        allow_event_metadata: false,
        default_event_metadata: {},
        ...structuredClone(body(req)),
        created,
        modified: created,
      };
      const availability = json.availability as Record<string, unknown>;
      availability.end_repeat ??= "NEVER";
      const problem = await checkWindow(req, ctx, organizer, json);
      if (problem) return problem;
      const record = { accountId: organizer.id, json };
      area.windows.set(String(json.id), record);
      return { status: 201, json: windowReply(record) };
    },

    "meetings.windows.retrieve": (req, ctx) => {
      const found = windowFor(req, ctx);
      if ("status" in found) return found;
      return { status: 200, json: windowReply(found.record) };
    },

    "meetings.windows.update": async (req, ctx) => {
      const organizer = organizerOf(req, ctx);
      if ("status" in organizer) return organizer;
      const found = windowFor(req, ctx);
      if ("status" in found) return found;
      const { id, account, created } = found.record.json;
      const json: Record<string, unknown> = {
        ...structuredClone(found.record.json),
        ...structuredClone(body(req)),
        id,
        account,
        created,
      };
      const problem = await checkWindow(req, ctx, organizer, json);
      if (problem) return problem;
      json.modified = now();
      found.record.json = json;
      return { status: 200, json: windowReply(found.record) };
    },

    "meetings.windows.delete": (req, ctx) => {
      const organizer = organizerOf(req, ctx);
      if ("status" in organizer) return organizer;
      const found = windowFor(req, ctx);
      if ("status" in found) return found;
      area.windows.delete(String(found.record.json.id));
      return { status: 204 };
    },

    "meetings.windows.listTimeSlots": async (req, ctx) => {
      const found = windowFor(req, ctx);
      if ("status" in found) return found;
      const free = await freeSlots(req, ctx, found.record, found.organizer);
      if (!Array.isArray(free)) return free;
      const page = Number(req.args?.page ?? 1);
      const slice = free.slice((page - 1) * SLOTS_PER_PAGE, page * SLOTS_PER_PAGE);
      return {
        status: 200,
        json: {
          time_slots: slice.map((s) => ({ start: formatInstant(s.start), end: formatInstant(s.end) })),
          next_page: page * SLOTS_PER_PAGE < free.length ? page + 1 : null,
        },
      };
    },

    "meetings.windows.schedule": async (req, ctx) => {
      const found = windowFor(req, ctx);
      if ("status" in found) return found;
      const input = body(req);
      const free = await freeSlots(req, ctx, found.record, found.organizer);
      if (!Array.isArray(free)) return free;
      const slot = slotOf(ctx, input, free);
      if ("status" in slot) return slot;
      const window = found.record.json;
      const calendarId = String(window.booking_calendar_id);
      const event = await calendarCall(
        req,
        ctx,
        "calendar.events.create",
        found.organizer,
        { calendar_id: calendarId },
        bookingEvent(window, { ...input, start: formatInstant(slot.start), end: formatInstant(slot.end) }),
      );
      if (event.status !== 201) return event;
      const booking: BookingRecord = {
        accountId: found.organizer.id,
        json: {
          id: `se_${randomToken(12)}`,
          meeting_window_id: window.id,
          account: found.organizer.id,
          calendar_id: calendarId,
          calendar_event_id: (event.json as { id: string }).id,
          start: formatInstant(slot.start),
          end: formatInstant(slot.end),
          targets: structuredClone(input.targets),
          ...(input.event_metadata ? { event_metadata: structuredClone(input.event_metadata) } : {}),
          created: now(),
        },
      };
      area.bookings.set(String(booking.json.id), booking);
      notifyBooking(state, booking.json, "add");
      return { status: 201, json: bookingReply(booking) };
    },

    "meetings.events.retrieve": (req, ctx) => {
      const found = bookingFor(req, ctx);
      if ("status" in found) return found;
      return { status: 200, json: bookingReply(found.booking) };
    },

    "meetings.events.update": async (req, ctx) => {
      const found = bookingFor(req, ctx);
      if ("status" in found) return found;
      if (!found.window) return ctx.error(400, "invalid_parameters", "The meeting window of this booking was deleted.");
      const current = found.booking.json;
      const input = { ...structuredClone(current), ...structuredClone(body(req)) };
      const booked = { start: Date.parse(String(current.start)), end: Date.parse(String(current.end)) };
      const free = await freeSlots(req, ctx, found.window, found.organizer, booked);
      if (!Array.isArray(free)) return free;
      const slot = slotOf(ctx, input, free);
      if ("status" in slot) return slot;
      const event = bookingEvent(found.window.json, {
        ...input,
        start: formatInstant(slot.start),
        end: formatInstant(slot.end),
      });
      const reply = await calendarCall(
        req,
        ctx,
        "calendar.events.update",
        found.organizer,
        { calendar_id: String(current.calendar_id), event_id: String(current.calendar_event_id) },
        event,
      );
      if (reply.status !== 200) return reply;
      found.booking.json = {
        ...current,
        start: formatInstant(slot.start),
        end: formatInstant(slot.end),
        targets: input.targets,
        ...(input.event_metadata ? { event_metadata: input.event_metadata } : {}),
      };
      notifyBooking(state, found.booking.json, "update");
      return { status: 200, json: bookingReply(found.booking) };
    },

    "meetings.events.delete": async (req, ctx) => {
      const found = bookingFor(req, ctx);
      if ("status" in found) return found;
      const { calendar_id, calendar_event_id } = found.booking.json;
      const reply = await calendarCall(req, ctx, "calendar.events.delete", found.organizer, {
        calendar_id: String(calendar_id),
        event_id: String(calendar_event_id),
      });
      // An event already removed from the calendar leaves only the booking to cancel.
      if (reply.status !== 204 && reply.status !== 404) return reply;
      area.bookings.delete(String(found.booking.json.id));
      notifyBooking(state, found.booking.json, "delete");
      return { status: 204 };
    },
  };
}
