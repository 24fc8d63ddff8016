/**
 * The emulator's Calendar API: calendars, events, Find Availability, and the demo calendar data
 * seeded for calendar accounts (calendar-seed.ts). The records are in calendar-model.ts, the
 * event views and recurrence in calendar-events.ts, the date-time maths in calendar-time.ts.
 *
 * Each account's calendars live in the `calendar` state slot. Events are stored as the unified
 * event JSON without `href` and `raw`, which depend on the request and are added per reply.
 */
import {
  applyEventInput,
  bumpedTime,
  busyTimes,
  createEvent,
  eventMetadata,
  eventReply,
  findInstance,
  rawObjectOf,
  seriesInstances,
} from "./calendar-events.ts";
import {
  type AccountCalendars,
  addCalendar,
  calendarsOf,
  type EventJson,
  findCalendar,
  type StoredCalendar,
  type StoredEvent,
} from "./calendar-model.ts";
import {
  formatInstant,
  freeWindows,
  type Interval,
  parseDateTime,
  parseDuration,
  parseWindows,
} from "./calendar-time.ts";
import { tokenPage } from "./core.ts";
import type { ErrorReply, Schema } from "./replies.ts";
import type { EmulatorState } from "./state.ts";
import type { AccountRecord, EmuContext, EmuRequest, HandlerTable } from "./types.ts";

export type { CalendarSeed } from "./calendar-model.ts";
export { seedCalendar } from "./calendar-seed.ts";

/** The page size of calendar and event lists when `page_size` is not given. */
const DEFAULT_PAGE_SIZE = 100;

/** The JSON body of a request as an object (the server has validated it against the spec). */
function body(req: EmuRequest): Record<string, unknown> {
  return typeof req.json === "object" && req.json !== null ? (req.json as Record<string, unknown>) : {};
}

/** The reply to a calendar request for an account whose service has no calendar API. */
function noCalendarApi(ctx: EmuContext, account: AccountRecord): ErrorReply {
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
  ): { account: AccountRecord; calendars: AccountCalendars } | ErrorReply {
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
  ): { account: AccountRecord; calendars: AccountCalendars; calendar: StoredCalendar } | ErrorReply {
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
  ): { account: AccountRecord; calendar: StoredCalendar; event: StoredEvent } | ErrorReply {
    const found = calendarFor(req, ctx);
    if ("status" in found) return found;
    const id = req.params.event_id ?? "";
    const event = found.calendar.events.get(id);
    return event ? { ...found, event } : ctx.error(404, "not_found", `Event not found: ${id}`);
  }

  /** The reply JSON of a calendar, with `raw` when asked for. */
  function calendarReply(req: EmuRequest, account: AccountRecord, c: StoredCalendar): Schema<"Calendar"> {
    const view: Schema<"Calendar"> = {
      id: c.id,
      name: c.name,
      description: c.description,
      location: c.location,
      timezone: c.timezone,
      account_id: String(account.id),
      type: "calendar",
      api: "calendar",
    };
    return req.rawData ? { ...view, raw: { object: { id: c.id.slice(9), summary: c.name, ...c.upstream } } } : view;
  }

  return {
    "calendar.calendars.list": (req, ctx, reply) => {
      const found = calendarsFor(req, ctx);
      if ("status" in found) return found;
      const page = tokenPage([...found.calendars.values()], req.query, DEFAULT_PAGE_SIZE);
      if (typeof page === "string") return ctx.error(400, "invalid_parameters", page);
      const objects = page.objects.map((c) => calendarReply(req, found.account, c));
      return reply(200, { ...page, objects, type: "object_list", api: "calendar" });
    },

    "calendar.calendars.create": (req, ctx, reply) => {
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
      return reply(201, calendarReply(req, found.account, calendar));
    },

    "calendar.calendars.retrieve": (req, ctx, reply) => {
      const found = calendarFor(req, ctx);
      if ("status" in found) return found;
      return reply(200, calendarReply(req, found.account, found.calendar));
    },

    "calendar.calendars.update": (req, ctx, reply) => {
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
      return reply(200, calendarReply(req, found.account, calendar));
    },

    "calendar.calendars.delete": (req, ctx, reply) => {
      const found = calendarFor(req, ctx);
      if ("status" in found) return found;
      if (found.calendar.primary) return ctx.error(403, "forbidden", "The primary calendar cannot be deleted.");
      found.calendars.delete(found.calendar.id);
      return reply.empty(204);
    },

    "calendar.events.list": (req, ctx, reply) => {
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
      return reply(200, { ...page, objects, type: "object_list", api: "calendar" });
    },

    "calendar.events.create": (req, ctx, reply) => {
      const found = calendarFor(req, ctx);
      if ("status" in found) return found;
      const event = createEvent(found.account, found.calendar, body(req));
      if (typeof event === "string") return ctx.error(400, "invalid_parameters", event);
      ctx.recordActivity(found.account, {
        type: "add",
        metadata: eventMetadata(ctx.baseUrl, event.json),
        userId: req.asUser ?? null,
      });
      return reply(201, eventReply(req, ctx, event));
    },

    "calendar.events.retrieve": (req, ctx, reply) => {
      const found = calendarFor(req, ctx);
      if ("status" in found) return found;
      const id = req.params.event_id ?? "";
      const stored = found.calendar.events.get(id);
      if (stored) return reply(200, eventReply(req, ctx, stored));
      const series = findInstance(found.calendar, id);
      if (!series) return ctx.error(404, "not_found", `Event not found: ${id}`);
      return reply(200, eventReply(req, ctx, series.master, series.instance));
    },

    "calendar.events.update": (req, ctx, reply) => {
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
      return reply(200, eventReply(req, ctx, found.event));
    },

    "calendar.events.delete": (req, ctx, reply) => {
      const found = eventFor(req, ctx);
      if ("status" in found) return found;
      found.calendar.events.delete(found.event.json.id);
      ctx.recordActivity(found.account, {
        type: "delete",
        metadata: eventMetadata(ctx.baseUrl, found.event.json),
        userId: req.asUser ?? null,
      });
      return reply.empty(204);
    },

    "calendar.findAvailability": (req, ctx, reply) => {
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
      return reply(200, { time_windows, api: "calendar", type: "availability" });
    },
  };
}
