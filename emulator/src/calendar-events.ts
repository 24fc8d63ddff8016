/**
 * Calendar events: writing a create or update body onto an event, the reply and activity
 * views, and recurrence (a series' occurrences, its instances in a window, the busy times
 * Find Availability subtracts).
 */

import type { Attendee, EventJson, Person, StoredCalendar, StoredEvent } from "./calendar-model.ts";
import { formatInstant, type Interval, MAX_OCCURRENCES, nthStart, parseDateTime, parseRule } from "./calendar-time.ts";
import type { Schema } from "./replies.ts";
import { now, randomToken } from "./state.ts";
import type { AccountRecord, EmuContext, EmuRequest } from "./types.ts";

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
export function busyTimes(calendar: StoredCalendar, until: number): Interval[] {
  return [...calendar.events.values()].flatMap(({ json }) => {
    if (json.status === "cancelled") return [];
    const length = Date.parse(json.end) - Date.parse(json.start);
    return occurrenceStarts(json, until).map((start) => ({ start, end: start + length }));
  });
}

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
export function applyEventInput(
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
export function rawObjectOf(input: Record<string, unknown>): Record<string, unknown> {
  const raw = input.raw as { object?: unknown } | undefined;
  return raw && typeof raw.object === "object" && raw.object !== null ? (raw.object as Record<string, unknown>) : {};
}

/** Creates an event on a calendar; returns it or an error message naming the bad field. */
export function createEvent(
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
export function bumpedTime(previous: string): string {
  const current = Date.now();
  const last = Date.parse(previous);
  return new Date(current > last ? current : last + 1).toISOString();
}

/** The URL of an event, as its `href`. */
function eventHref(baseUrl: string, event: EventJson): string {
  return `${baseUrl}/v1/accounts/${event.account_id}/cal/calendars/${event.calendar_id}/events/${event.id}`;
}

/** The reply JSON of an event: the stored object plus `href`, and `raw` when asked for. */
export function eventReply(
  req: EmuRequest,
  ctx: EmuContext,
  stored: StoredEvent,
  json: EventJson = stored.json,
): Schema<"CalendarEvent"> {
  const view: Schema<"CalendarEvent"> = { ...structuredClone(json), href: eventHref(ctx.baseUrl, json) };
  return req.rawData ? { ...view, raw: { object: { id: json.ical_uid.split("@")[0], ...stored.upstream } } } : view;
}

/** The activity metadata of an event: its JSON with `href`, never `raw`. */
export function eventMetadata(baseUrl: string, json: EventJson): Schema<"CalendarEvent"> {
  return { ...structuredClone(json), href: eventHref(baseUrl, json) };
}

/**
 * The instances of a series as read-only `recurring` events with IDs `<master>_<start>`,
 * in the list's filter range.
 */
export function seriesInstances(master: EventJson, from: number, to: number): EventJson[] {
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
export function findInstance(
  calendar: StoredCalendar,
  id: string,
): { master: StoredEvent; instance: EventJson } | undefined {
  const master = calendar.events.get(id.slice(0, id.lastIndexOf("_")));
  const instance = master && seriesInstances(master.json, -Infinity, Infinity).find((e) => e.id === id);
  return master && instance ? { master, instance } : undefined;
}
