/**
 * The Meeting Scheduler's records: meeting windows and bookings as stored in the `meetings`
 * state slot, their reply views, and the calendar event a booking becomes.
 */
import type { Schema } from "./replies.ts";
import type { EmulatorState } from "./state.ts";
import type { EmuRequest } from "./types.ts";

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

/** A meeting window as stored: its reply JSON without `api` and `type`. */
export type WindowJson = Omit<Schema<"MeetingWindow">, "api" | "type">;

/** A booking as stored: its reply JSON without `api` and `type`. */
export type BookingJson = Omit<Schema<"ScheduledEvent">, "api" | "type">;

/** A stored meeting window and its organizer. */
export interface WindowRecord {
  accountId: number;
  json: WindowJson;
}

/** A stored booking. */
export interface BookingRecord {
  accountId: number;
  json: BookingJson;
}

/** The `meetings` state slot. */
export interface MeetingsArea {
  windows: Map<string, WindowRecord>;
  bookings: Map<string, BookingRecord>;
}

/** The meetings slot of `state`, created empty on first use. */
export function meetingsAreaOf(state: EmulatorState): MeetingsArea {
  return state.area<MeetingsArea>("meetings", () => ({ windows: new Map(), bookings: new Map() }));
}

/** The JSON body of a request as an object (the server has validated it against the spec). */
export function bodyOf(req: EmuRequest): Record<string, unknown> {
  return typeof req.json === "object" && req.json !== null ? (req.json as Record<string, unknown>) : {};
}

/** A window as the API answers it (a copy, so a reply never aliases the state). */
export function windowJson(record: WindowRecord): Schema<"MeetingWindow"> {
  return { ...structuredClone(record.json), api: "meeting_scheduler", type: "meeting_window" };
}

/** A booking as the API answers it. */
export function bookingJson(booking: BookingRecord): Schema<"ScheduledEvent"> {
  return { ...structuredClone(booking.json), api: "meeting_scheduler", type: "scheduled_event" };
}

/** The calendar event of a booking: the window's attributes, the targets and the slot. */
export function bookingEvent(window: WindowJson, input: Record<string, unknown>): Record<string, unknown> {
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
