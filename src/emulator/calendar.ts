/**
 * The emulator's Calendar API: calendars, events, Find Availability, and the demo calendar data
 * seeded for calendar accounts.
 *
 * Each account's calendars live in the `calendar` state slot. Events are stored as the unified
 * event JSON without `href` and `raw`, which depend on the request and are added per reply.
 */
import { recordActivity } from "./activity.ts";
import {
  DAY,
  formatInstant,
  freeWindows,
  type Interval,
  MAX_OCCURRENCES,
  nthStart,
  parseDateTime,
  parseDuration,
  parseRule,
  parseWindows,
} from "./calendar-time.ts";
import { tokenPage } from "./core.ts";
import { type EmulatorState, now, randomToken } from "./state.ts";
import type { AccountRecord, EmuContext, EmuReply, EmuRequest, HandlerTable } from "./types.ts";

/** A person on an event (`creator`, `organizer`). */
interface Person {
  id: string | null;
  name: string | null;
  email: string;
}

/** An invited attendee; `status` is the attendee's reply. */
interface Attendee {
  id: string | null;
  name: string | null;
  email: string;
  status: string;
  required: boolean;
  resource: boolean;
}

/** The unified event object as stored (no `href`, no `raw`). */
interface EventJson {
  api: "calendar";
  type: "event";
  id: string;
  account_id: string;
  calendar_id: string;
  ical_uid: string;
  recurrence_type: "solo" | "recurring" | "recurring_master";
  recurring_master_id: string | null;
  recurrence: { rrule: string }[] | null;
  creator: Person;
  organizer: Person;
  on_organizer_calendar: boolean;
  attendees: Attendee[];
  created: string;
  modified: string;
  all_day: boolean;
  start: string;
  start_time_zone: string | null;
  end: string;
  end_time_zone: string | null;
  original_start: string | null;
  original_start_time_zone: string | null;
  name: string | null;
  description: string | null;
  location: string | null;
  status: string | null;
  visibility: string | null;
  attachments: object[];
  custom_properties: { key: string; value: string; private?: boolean }[] | null;
  use_default_reminder: boolean;
  reminders: { minutes: number; method: string; email?: object }[];
  reminder: null;
}

/** A stored event: its unified JSON and the upstream-only attributes set through `raw.object`. */
interface StoredEvent {
  json: EventJson;
  upstream: Record<string, unknown>;
}

/** A stored calendar with its events, keyed by event ID in creation order. */
interface StoredCalendar {
  id: string;
  name: string;
  description: string | null;
  location: string | null;
  timezone: string | null;
  primary: boolean;
  upstream: Record<string, unknown>;
  events: Map<string, StoredEvent>;
}

/** The calendars of one account, keyed by calendar ID; the primary calendar comes first. */
type AccountCalendars = Map<string, StoredCalendar>;

/** Calendars and events to seed an account with (event fields as in an event create body). */
export interface CalendarSeed {
  calendars: {
    /** Calendar name. */
    name: string;
    /** Calendar description. */
    description?: string | null;
    /** Calendar location. */
    location?: string | null;
    /** IANA time zone, e.g. `Europe/Paris` (default `UTC`). */
    timezone?: string | null;
    /** Whether this is the primary calendar (the `primary` alias); defaults to the first calendar. */
    primary?: boolean;
    /** Events, as the API's event objects (`name`, `start`, `end`, ...). */
    events?: Record<string, unknown>[];
  }[];
}

/** The page size of calendar and event lists when `page_size` is not given. */
const DEFAULT_PAGE_SIZE = 100;

// ---------------------------------------------------------------------------------------------
// Recurrence

/**
 * The occurrences of an event that start before `until` as start instants. A solo event has one;
 * a series follows its first RRULE's FREQ, INTERVAL, COUNT and UNTIL (other parts such as BYDAY
 * are not expanded).
 */
function occurrenceStarts(event: EventJson, until: number): number[] {
  const first = Date.parse(event.start);
  const text = event.recurrence?.[0]?.rrule;
  const rule = text === undefined ? undefined : parseRule(text);
  if (!rule) return first < until ? [first] : [];
  const starts: number[] = [];
  for (let n = 0; n < (rule.count ?? MAX_OCCURRENCES) && n < MAX_OCCURRENCES; n += 1) {
    const start = nthStart(first, rule, n);
    if (start >= until || (rule.until !== undefined && start > rule.until)) break;
    starts.push(start);
  }
  return starts;
}

/** The busy times of a calendar's events before `until`, recurring series expanded; cancelled events are free. */
function busyTimes(calendar: StoredCalendar, until: number): Interval[] {
  return [...calendar.events.values()].flatMap(({ json }) => {
    if (json.status === "cancelled") return [];
    const length = Date.parse(json.end) - Date.parse(json.start);
    return occurrenceStarts(json, until).map((start) => ({ start, end: start + length }));
  });
}

// ---------------------------------------------------------------------------------------------
// State

/** The calendars of an account, created on first use with an empty primary calendar. */
function calendarsOf(state: EmulatorState, account: AccountRecord): AccountCalendars {
  const all = state.area("calendar", () => new Map<number, AccountCalendars>());
  let calendars = all.get(account.id);
  if (!calendars) {
    calendars = new Map();
    all.set(account.id, calendars);
    addCalendar(calendars, { name: account.account, primary: true });
  }
  return calendars;
}

/** Adds a calendar; the first calendar of an account is its primary one unless told otherwise. */
function addCalendar(calendars: AccountCalendars, input: CalendarSeed["calendars"][number]): StoredCalendar {
  const calendar: StoredCalendar = {
    id: `calendar_${randomToken(12)}`,
    name: input.name,
    description: input.description ?? null,
    location: input.location ?? null,
    timezone: input.timezone === undefined ? "UTC" : input.timezone,
    primary: input.primary ?? calendars.size === 0,
    upstream: {},
    events: new Map(),
  };
  calendars.set(calendar.id, calendar);
  return calendar;
}

/** Resolves a calendar ID or the `primary` alias. */
function findCalendar(calendars: AccountCalendars, id: string): StoredCalendar | undefined {
  if (id === "primary") return [...calendars.values()].find((c) => c.primary);
  return calendars.get(id);
}

// ---------------------------------------------------------------------------------------------
// Events

/** Fields a client may write on an event, besides `raw`. */
const WRITABLE_EVENT_FIELDS = [
  "name",
  "description",
  "location",
  "start",
  "start_time_zone",
  "end",
  "end_time_zone",
  "all_day",
  "creator",
  "attendees",
  "recurrence",
  "reminders",
  "use_default_reminder",
  "custom_properties",
  "status",
  "visibility",
] as const;

/** A person from a request body, defaulting to the account's own address. */
function personFrom(value: unknown, account: AccountRecord): Person {
  const p = (value ?? {}) as Partial<Person>;
  return { id: p.id ?? null, name: p.name ?? null, email: p.email ?? account.account };
}

/**
 * Applies the writable fields of `input` to `event` (a fresh default event on create) and checks
 * the result. Returns an error message naming the offending field, or undefined when valid.
 * Attendees keep their previous reply; new ones are `pending` unless an update sets `status`.
 */
function applyEventInput(
  event: EventJson,
  input: Record<string, unknown>,
  account: AccountRecord,
  isCreate: boolean,
): string | undefined {
  const previous = new Map(event.attendees.map((a) => [a.email, a.status]));
  const target = event as unknown as Record<string, unknown>;
  for (const field of WRITABLE_EVENT_FIELDS) if (field in input) target[field] = input[field];
  for (const field of ["start", "end"] as const) {
    const parsed = parseDateTime(event[field]);
    if (!parsed) return `${field}: '${String(event[field])}' is not an ISO 8601 date-time`;
    event[field] = parsed.text;
  }
  if (Date.parse(event.end) < Date.parse(event.start)) return "end: the event ends before it starts";
  if ("creator" in input) event.creator = personFrom(input.creator, account);
  if ("attendees" in input) {
    const attendees = (Array.isArray(input.attendees) ? input.attendees : []) as Partial<Attendee>[];
    event.attendees = attendees.map((a) => ({
      id: a.id ?? null,
      name: a.name ?? null,
      email: String(a.email ?? ""),
      status: (isCreate ? undefined : a.status) ?? previous.get(String(a.email)) ?? "pending",
      required: a.required ?? true,
      resource: a.resource ?? false,
    }));
  }
  const recurrence = event.recurrence ?? [];
  const badRule = recurrence.findIndex((r) => typeof r?.rrule !== "string" || !parseRule(r.rrule));
  if (badRule >= 0) return `recurrence[${badRule}].rrule: not a valid RFC 5545 RRULE`;
  event.recurrence = recurrence.length > 0 ? recurrence : null;
  event.recurrence_type = event.recurrence ? "recurring_master" : "solo";
  return undefined;
}

/** A new event with the account's defaults, before the request's fields are applied. */
function defaultEvent(account: AccountRecord, calendar: StoredCalendar): EventJson {
  const created = now();
  const id = `event_${randomToken(12)}`;
  return {
    api: "calendar",
    type: "event",
    id,
    account_id: String(account.id),
    calendar_id: calendar.id,
    ical_uid: `${id.slice(6)}@kloudless.emulator`,
    recurrence_type: "solo",
    recurring_master_id: null,
    recurrence: null,
    creator: personFrom(undefined, account),
    organizer: personFrom(undefined, account),
    on_organizer_calendar: true,
    attendees: [],
    created,
    modified: created,
    all_day: false,
    start: "",
    start_time_zone: calendar.timezone,
    end: "",
    end_time_zone: calendar.timezone,
    original_start: null,
    original_start_time_zone: null,
    name: null,
    description: null,
    location: null,
    status: "confirmed",
    visibility: null,
    attachments: [],
    custom_properties: [],
    use_default_reminder: true,
    reminders: [],
    reminder: null,
  };
}

/** The upstream-only attributes a request sets through `raw.object`. */
function rawObjectOf(input: Record<string, unknown>): Record<string, unknown> {
  const raw = input.raw as { object?: unknown } | undefined;
  return raw && typeof raw.object === "object" && raw.object !== null ? (raw.object as Record<string, unknown>) : {};
}

/** Creates an event on a calendar; returns it or an error message naming the bad field. */
function createEvent(
  account: AccountRecord,
  calendar: StoredCalendar,
  input: Record<string, unknown>,
): StoredEvent | string {
  const json = defaultEvent(account, calendar);
  const problem = applyEventInput(json, structuredClone(input), account, true);
  if (problem) return problem;
  const stored = { json, upstream: rawObjectOf(input) };
  calendar.events.set(json.id, stored);
  return stored;
}

/** A timestamp later than `previous`, so that `modified` always moves forward. */
function bumpedTime(previous: string): string {
  const current = Date.now();
  const last = Date.parse(previous);
  return new Date(current > last ? current : last + 1).toISOString();
}

/** The URL of an event, as its `href`. */
function eventHref(baseUrl: string, event: EventJson): string {
  return `${baseUrl}/v1/accounts/${event.account_id}/cal/calendars/${event.calendar_id}/events/${event.id}`;
}

/** The reply JSON of an event: the stored object plus `href`, and `raw` when asked for. */
function eventReply(
  req: EmuRequest,
  ctx: EmuContext,
  stored: StoredEvent,
  json: EventJson = stored.json,
): Record<string, unknown> {
  const reply: Record<string, unknown> = { ...structuredClone(json), href: eventHref(ctx.baseUrl, json) };
  if (req.rawData) reply.raw = { object: { id: json.ical_uid.split("@")[0], ...stored.upstream } };
  return reply;
}

/** The activity metadata of an event: its JSON with `href`, never `raw`. */
function eventMetadata(baseUrl: string, json: EventJson): Record<string, unknown> {
  return { ...structuredClone(json), href: eventHref(baseUrl, json) };
}

/**
 * The instances of a series as read-only `recurring` events with IDs `<master>_<start>`,
 * in the list's filter range.
 */
function seriesInstances(master: EventJson, from: number, to: number): EventJson[] {
  const length = Date.parse(master.end) - Date.parse(master.start);
  return occurrenceStarts(master, to)
    .filter((start) => start >= from && start + length <= to)
    .map((start) => ({
      ...structuredClone(master),
      id: `${master.id}_${formatInstant(start).replace(/[-:]/g, "")}`,
      recurrence_type: "recurring" as const,
      recurring_master_id: master.id,
      recurrence: null,
      start: formatInstant(start),
      end: formatInstant(start + length),
      original_start: formatInstant(start),
      original_start_time_zone: master.start_time_zone,
    }));
}

/** Resolves an instance ID made by `seriesInstances` to the instance and its stored master. */
function findInstance(calendar: StoredCalendar, id: string): { master: StoredEvent; instance: EventJson } | undefined {
  const master = calendar.events.get(id.slice(0, id.lastIndexOf("_")));
  const instance = master && seriesInstances(master.json, -Infinity, Infinity).find((e) => e.id === id);
  return master && instance ? { master, instance } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Seed

/** The demo calendars: events spread over the past and next weeks, relative to `today` (UTC midnight). */
function demoSeed(account: AccountRecord, today: number): CalendarSeed {
  const at = (days: number, hours = 0, minutes = 0) =>
    formatInstant(today + days * DAY + (hours * 60 + minutes) * 60_000);
  const colleague = (name: string) => ({ name, email: `${name.toLowerCase().replace(" ", ".")}@example.com` });
  return {
    calendars: [
      {
        name: account.account,
        primary: true,
        events: [
          {
            name: "Quarterly planning",
            start: at(-14, 9),
            end: at(-14, 10),
            location: "Board room",
            attendees: [colleague("Alex Kim"), colleague("Sam Lee")],
            reminders: [{ minutes: 30, method: "email" }],
            use_default_reminder: false,
          },
          { name: "Company offsite", all_day: true, start: at(-10), end: at(-9), location: "Lake Tahoe" },
          { name: "1:1 with Alex", start: at(-7, 14), end: at(-7, 14, 30), attendees: [colleague("Alex Kim")] },
          {
            name: "Design review",
            start: at(-5, 16),
            end: at(-5, 17),
            description: "Review of the new onboarding flow.",
            custom_properties: [{ key: "project", value: "apollo" }],
          },
          { name: "Lunch with Sam", start: at(-3, 12), end: at(-3, 13), location: "Cafe Rio" },
          {
            name: "Weekly sync",
            start: at(-2, 10),
            end: at(-2, 10, 30),
            recurrence: [{ rrule: "RRULE:FREQ=WEEKLY;COUNT=4" }],
            attendees: [colleague("Alex Kim"), colleague("Sam Lee"), colleague("Jo Park")],
            custom_properties: [{ key: "team", value: "platform" }],
          },
          {
            name: "Customer call",
            start: at(-1, 15),
            end: at(-1, 16),
            attendees: [{ name: "Pat Doe", email: "pat@customer.example", required: false }],
            reminders: [{ minutes: 10, method: "popup" }],
            use_default_reminder: false,
          },
          { name: "Standup notes review", start: at(1, 9, 30), end: at(1, 10) },
          { name: "Public holiday", all_day: true, start: at(2), end: at(3) },
          {
            name: "Workshop",
            start: at(4, 13),
            end: at(4, 15),
            location: "Room 4",
            attendees: [colleague("Jo Park")],
            custom_properties: [{ key: "meeting_window_id", value: "demo-window" }],
          },
          { name: "Dentist", start: at(7, 11), end: at(7, 12), visibility: "private" },
          { name: "Team dinner", start: at(10, 17), end: at(10, 18), location: "Trattoria" },
        ],
      },
      {
        name: "Team Events",
        description: "Shared team calendar",
        events: [
          { name: "Release retro", start: at(-4, 11), end: at(-4, 12) },
          { name: "Release party", start: at(6, 18), end: at(6, 21), location: "Rooftop" },
        ],
      },
    ],
  };
}

/**
 * Seeds an account's calendars and records an `add` activity for each seeded event, so that
 * sync clients see the demo data in the activity stream. Without `seed`, creates the demo data:
 * a primary calendar named after the account with a dozen events around today (all-day,
 * recurring, with attendees, reminders and custom properties) and a second calendar. Replaces
 * any calendars the account had. `baseUrl` (the emulator's, without `/v1`) gives the recorded
 * events their `href`; without it they have none.
 */
export function seedCalendar(
  state: EmulatorState,
  account: AccountRecord,
  seed?: CalendarSeed,
  baseUrl?: string,
): void {
  const today = Math.floor(Date.now() / DAY) * DAY;
  const calendars: AccountCalendars = new Map();
  state.area("calendar", () => new Map<number, AccountCalendars>()).set(account.id, calendars);
  for (const input of (seed ?? demoSeed(account, today)).calendars) {
    const calendar = addCalendar(calendars, input);
    for (const eventInput of input.events ?? []) {
      const event = createEvent(account, calendar, eventInput);
      if (typeof event === "string") throw new Error(`calendar seed of account ${account.id}: ${event}`);
      const metadata = baseUrl === undefined ? structuredClone(event.json) : eventMetadata(baseUrl, event.json);
      recordActivity(state, account, { type: "add", metadata });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Handlers

/** The JSON body of a request as an object (the server has validated it against the spec). */
function body(req: EmuRequest): Record<string, unknown> {
  return typeof req.json === "object" && req.json !== null ? (req.json as Record<string, unknown>) : {};
}

/** The reply to a calendar request for an account whose service has no calendar API. */
function noCalendarApi(ctx: EmuContext, account: AccountRecord): EmuReply {
  return ctx.error(
    501,
    "not_implemented",
    `Account ${account.id} (${account.serviceName}) does not offer the calendar API.`,
  );
}

/**
 * Creates the Calendar API handlers. `primary` resolves to the primary calendar wherever a
 * calendar ID goes; every event change is recorded in the account's activity log.
 */
export function createCalendarHandlers(state: EmulatorState): HandlerTable {
  /** The calendars of the request's account, or an error reply when it has no calendar API. */
  function calendarsFor(
    req: EmuRequest,
    ctx: EmuContext,
  ): { account: AccountRecord; calendars: AccountCalendars } | EmuReply {
    const account = req.account;
    if (!account) return ctx.error(404, "not_found", "Account not found.");
    return account.apis.includes("calendar")
      ? { account, calendars: calendarsOf(state, account) }
      : noCalendarApi(ctx, account);
  }

  /** The calendar named by the path (`primary` resolved), or a 404 reply. */
  function calendarFor(
    req: EmuRequest,
    ctx: EmuContext,
  ): { account: AccountRecord; calendars: AccountCalendars; calendar: StoredCalendar } | EmuReply {
    const found = calendarsFor(req, ctx);
    if ("status" in found) return found;
    const id = req.params.calendar_id ?? "";
    const calendar = findCalendar(found.calendars, id);
    return calendar ? { ...found, calendar } : ctx.error(404, "not_found", `Calendar not found: ${id}`);
  }

  /** The event named by the path, or a 404 reply. */
  function eventFor(
    req: EmuRequest,
    ctx: EmuContext,
  ): { account: AccountRecord; calendar: StoredCalendar; event: StoredEvent } | EmuReply {
    const found = calendarFor(req, ctx);
    if ("status" in found) return found;
    const id = req.params.event_id ?? "";
    const event = found.calendar.events.get(id);
    return event ? { ...found, event } : ctx.error(404, "not_found", `Event not found: ${id}`);
  }

  /** The reply JSON of a calendar, with `raw` when asked for. */
  function calendarReply(req: EmuRequest, account: AccountRecord, c: StoredCalendar): Record<string, unknown> {
    const reply: Record<string, unknown> = {
      id: c.id,
      name: c.name,
      description: c.description,
      location: c.location,
      timezone: c.timezone,
      account_id: String(account.id),
      type: "calendar",
      api: "calendar",
    };
    if (req.rawData) reply.raw = { object: { id: c.id.slice(9), summary: c.name, ...c.upstream } };
    return reply;
  }

  return {
    "calendar.calendars.list": (req, ctx) => {
      const found = calendarsFor(req, ctx);
      if ("status" in found) return found;
      const page = tokenPage([...found.calendars.values()], req.query, DEFAULT_PAGE_SIZE);
      if (typeof page === "string") return ctx.error(400, "invalid_parameters", page);
      const objects = page.objects.map((c) => calendarReply(req, found.account, c));
      return { status: 200, json: { ...page, objects, type: "object_list", api: "calendar" } };
    },

    "calendar.calendars.create": (req, ctx) => {
      const found = calendarsFor(req, ctx);
      if ("status" in found) return found;
      const input = body(req);
      if (typeof input.name !== "string" || input.name === "")
        return ctx.error(400, "invalid_parameters", "name: required");
      const calendar = addCalendar(found.calendars, {
        name: input.name,
        description: input.description as string | null | undefined,
        location: input.location as string | null | undefined,
        timezone: input.timezone as string | null | undefined,
        primary: false,
      });
      calendar.upstream = rawObjectOf(input);
      return { status: 201, json: calendarReply(req, found.account, calendar) };
    },

    "calendar.calendars.retrieve": (req, ctx) => {
      const found = calendarFor(req, ctx);
      if ("status" in found) return found;
      return { status: 200, json: calendarReply(req, found.account, found.calendar) };
    },

    "calendar.calendars.update": (req, ctx) => {
      const found = calendarFor(req, ctx);
      if ("status" in found) return found;
      const input = body(req);
      const calendar = found.calendar;
      if ("name" in input) {
        if (typeof input.name !== "string" || input.name === "")
          return ctx.error(400, "invalid_parameters", "name: must be a non-empty string");
        calendar.name = input.name;
      }
      for (const field of ["description", "location", "timezone"] as const) {
        if (field in input) calendar[field] = (input[field] as string | null) ?? null;
      }
      Object.assign(calendar.upstream, rawObjectOf(input));
      return { status: 200, json: calendarReply(req, found.account, calendar) };
    },

    "calendar.calendars.delete": (req, ctx) => {
      const found = calendarFor(req, ctx);
      if ("status" in found) return found;
      if (found.calendar.primary) return ctx.error(403, "forbidden", "The primary calendar cannot be deleted.");
      found.calendars.delete(found.calendar.id);
      return { status: 204 };
    },

    "calendar.events.list": (req, ctx) => {
      const found = calendarFor(req, ctx);
      if ("status" in found) return found;
      const bounds: Record<"start" | "end", number> = { start: 0, end: Date.now() };
      for (const field of ["start", "end"] as const) {
        const value = req.query.get(field);
        if (value === null) continue;
        const parsed = parseDateTime(value);
        if (!parsed) return ctx.error(400, "invalid_parameters", `${field}: '${value}' is not an ISO 8601 date-time`);
        bounds[field] = parsed.ms;
      }
      const instancesOf = req.query.get("instances");
      let events: EventJson[];
      if (instancesOf !== null) {
        const master = found.calendar.events.get(instancesOf)?.json;
        if (!master) return ctx.error(404, "not_found", `Event not found: ${instancesOf}`);
        events = seriesInstances(master, bounds.start, bounds.end);
      } else {
        events = [...found.calendar.events.values()]
          .map((e) => e.json)
          .filter((e) => Date.parse(e.start) >= bounds.start && Date.parse(e.end) <= bounds.end)
          .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      }
      const page = tokenPage(events, req.query, DEFAULT_PAGE_SIZE);
      if (typeof page === "string") return ctx.error(400, "invalid_parameters", page);
      const objects = page.objects.map((json) =>
        eventReply(req, ctx, found.calendar.events.get(json.recurring_master_id ?? json.id) as StoredEvent, json),
      );
      return { status: 200, json: { ...page, objects, type: "object_list", api: "calendar" } };
    },

    "calendar.events.create": (req, ctx) => {
      const found = calendarFor(req, ctx);
      if ("status" in found) return found;
      const event = createEvent(found.account, found.calendar, body(req));
      if (typeof event === "string") return ctx.error(400, "invalid_parameters", event);
      ctx.recordActivity(found.account, {
        type: "add",
        metadata: eventMetadata(ctx.baseUrl, event.json),
        userId: req.asUser ?? null,
      });
      return { status: 201, json: eventReply(req, ctx, event) };
    },

    "calendar.events.retrieve": (req, ctx) => {
      const found = calendarFor(req, ctx);
      if ("status" in found) return found;
      const id = req.params.event_id ?? "";
      const stored = found.calendar.events.get(id);
      if (stored) return { status: 200, json: eventReply(req, ctx, stored) };
      const series = findInstance(found.calendar, id);
      if (!series) return ctx.error(404, "not_found", `Event not found: ${id}`);
      return { status: 200, json: eventReply(req, ctx, series.master, series.instance) };
    },

    "calendar.events.update": (req, ctx) => {
      const found = eventFor(req, ctx);
      if ("status" in found) return found;
      const input = body(req);
      const updated = structuredClone(found.event.json);
      const problem = applyEventInput(updated, input, found.account, false);
      if (problem) return ctx.error(400, "invalid_parameters", problem);
      updated.modified = bumpedTime(found.event.json.modified);
      const previousMetadata = eventMetadata(ctx.baseUrl, found.event.json);
      found.event.json = updated;
      Object.assign(found.event.upstream, rawObjectOf(input));
      ctx.recordActivity(found.account, {
        type: "update",
        metadata: eventMetadata(ctx.baseUrl, updated),
        previousMetadata,
        userId: req.asUser ?? null,
      });
      return { status: 200, json: eventReply(req, ctx, found.event) };
    },

    "calendar.events.delete": (req, ctx) => {
      const found = eventFor(req, ctx);
      if ("status" in found) return found;
      found.calendar.events.delete(found.event.json.id);
      ctx.recordActivity(found.account, {
        type: "delete",
        metadata: eventMetadata(ctx.baseUrl, found.event.json),
        userId: req.asUser ?? null,
      });
      return { status: 204 };
    },

    "calendar.findAvailability": (req, ctx) => {
      const accounts = req.accounts ?? (req.account ? [req.account] : []);
      const stores: AccountCalendars[] = [];
      for (const account of accounts) {
        if (!account.apis.includes("calendar")) return noCalendarApi(ctx, account);
        stores.push(calendarsOf(state, account));
      }
      const input = body(req);
      const duration = parseDuration(input.meeting_duration);
      if (duration === undefined) {
        return ctx.error(
          400,
          "invalid_parameters",
          `meeting_duration: '${String(input.meeting_duration)}' is not a positive ISO 8601 duration`,
        );
      }
      const windows = parseWindows(
        (input.constraints as { time_windows?: unknown } | undefined)?.time_windows ?? input.time_windows,
      );
      if (typeof windows === "string") return ctx.error(400, "invalid_parameters", windows);
      const busy: Interval[] = [];
      const horizon = Math.max(...windows.map((w) => w.end));
      for (const id of Array.isArray(input.calendars) ? (input.calendars as string[]) : ["primary"]) {
        const calendars = stores.flatMap((store) => findCalendar(store, id) ?? []);
        if (calendars.length === 0) return ctx.error(404, "not_found", `Calendar not found: ${id}`);
        for (const calendar of calendars) busy.push(...busyTimes(calendar, horizon));
      }
      const time_windows = freeWindows(windows, busy, duration).map((w) => ({
        start: formatInstant(w.start),
        end: formatInstant(w.end),
      }));
      return { status: 200, json: { time_windows, api: "calendar", type: "availability" } };
    },
  };
}
