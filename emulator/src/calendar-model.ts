/**
 * The calendar area's records: calendars and events as stored per account (events as the
 * unified event JSON without `href` and `raw`, which depend on the request and are added per
 * reply), and the account's calendars created on first use with an empty primary calendar.
 */

import { type EmulatorState, randomToken } from "./state.ts";
import type { AccountRecord } from "./types.ts";

/** A person on an event (`creator`, `organizer`). */
export interface Person {
  id: string | null;
  name: string | null;
  email: string;
}

/** An invited attendee; `status` is the attendee's reply. */
export interface Attendee {
  id: string | null;
  name: string | null;
  email: string;
  status: string;
  required: boolean;
  resource: boolean;
}

/** The unified event object as stored (no `href`, no `raw`). */
export interface EventJson {
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
  attachments: Record<string, unknown>[];
  custom_properties: { key: string; value: string; private?: boolean }[] | null;
  use_default_reminder: boolean;
  reminders: { minutes: number; method: string; email?: Record<string, unknown> }[];
  reminder: null;
}

/** A stored event: its unified JSON and the upstream-only attributes set through `raw.object`. */
export interface StoredEvent {
  json: EventJson;
  upstream: Record<string, unknown>;
}

/** A stored calendar with its events, keyed by event ID in creation order. */
export interface StoredCalendar {
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
export type AccountCalendars = Map<string, StoredCalendar>;

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

/** The calendars of an account, created on first use with an empty primary calendar. */
export function calendarsOf(state: EmulatorState, account: AccountRecord): AccountCalendars {
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
export function addCalendar(calendars: AccountCalendars, input: CalendarSeed["calendars"][number]): StoredCalendar {
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
export function findCalendar(calendars: AccountCalendars, id: string): StoredCalendar | undefined {
  if (id === "primary") return [...calendars.values()].find((c) => c.primary);
  return calendars.get(id);
}
