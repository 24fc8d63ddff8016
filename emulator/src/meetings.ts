/**
 * The emulator's Meeting Scheduler (Meeting Window API): an organizer's meeting windows, the
 * time slots they offer, booking a slot and the booked events.
 *
 * The organizer is the account of the Bearer token. Slots are the window's daily spans (in its
 * time zone) cut every `time_slot_interval` minutes (`meeting-slots.ts`), minus the busy times
 * of the booking calendar; busy times and booked events go through the Calendar API's own
 * handlers (`meetings-scheduling.ts`). The records and their views are in `meetings-model.ts`.
 */
import { formatInstant } from "./calendar-time.ts";
import { pageNumberList } from "./core.ts";
import { notifyBooking } from "./meeting-webhooks.ts";
import {
  type BookingRecord,
  bodyOf,
  bookingEvent,
  bookingJson,
  meetingsAreaOf,
  type WindowJson,
  type WindowRecord,
  windowJson,
} from "./meetings-model.ts";
import { createScheduling } from "./meetings-scheduling.ts";
import type { ErrorReply, Schema } from "./replies.ts";
import { type EmulatorState, now, randomToken } from "./state.ts";
import type { AccountRecord, EmuContext, EmuRequest, HandlerTable } from "./types.ts";

/** Time slots per page of `meetings.windows.listTimeSlots`. */
const SLOTS_PER_PAGE = 50;

/** The page size of the window list when `page_size` is not given (as for the other page lists). */
const DEFAULT_PAGE_SIZE = 10;

/** Creates the Meeting Scheduler handlers. */
export function createMeetingsHandlers(state: EmulatorState): HandlerTable {
  const area = meetingsAreaOf(state);
  const { calendarCall, callError, checkWindow, freeSlots, slotOf } = createScheduling(state);

  /** The organizer of a request: the Bearer token's account, or a 401 reply. */
  function organizerOf(req: EmuRequest, ctx: EmuContext): AccountRecord | ErrorReply {
    return (
      req.account ??
      ctx.error(401, "authentication_required", "Meeting windows belong to an organizer: send its Bearer token.")
    );
  }

  /**
   * The window named by the path with its organizer, or a 404 reply. With a Bearer token the
   * window must be the token's account's; without one (a visitor of the booking page) any window.
   */
  function windowFor(
    req: EmuRequest,
    ctx: EmuContext,
  ): { record: WindowRecord; organizer: AccountRecord } | ErrorReply {
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
  ): { booking: BookingRecord; organizer: AccountRecord; window: WindowRecord | undefined } | ErrorReply {
    const id = req.params.scheduled_event_id ?? "";
    const booking = area.bookings.get(id);
    const organizer = booking ? state.accounts.get(booking.accountId) : undefined;
    if (!booking || !organizer || (req.account && req.account.id !== booking.accountId))
      return ctx.error(404, "not_found", `Scheduled event not found: ${id}`);
    return { booking, organizer, window: area.windows.get(String(booking.json.meeting_window_id)) };
  }

  return {
    "meetings.windows.list": (req, ctx, reply) => {
      const organizer = organizerOf(req, ctx);
      if ("status" in organizer) return organizer;
      const windows = [...area.windows.values()].filter((w) => w.accountId === organizer.id).map(windowJson);
      const page = Number(req.args?.page ?? 1);
      const size = Number(req.args?.page_size ?? DEFAULT_PAGE_SIZE);
      return reply(200, pageNumberList(windows, page, size, "meeting_scheduler"));
    },

    "meetings.windows.create": async (req, ctx, reply) => {
      const organizer = organizerOf(req, ctx);
      if ("status" in organizer) return organizer;
      const created = now();
      const json: WindowJson = {
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
        ...structuredClone(bodyOf(req) as Schema<"MeetingWindowCreate">),
        created,
        modified: created,
      };
      json.availability.end_repeat ??= "NEVER";
      const problem = await checkWindow(req, ctx, organizer, json);
      if (problem) return problem;
      const record = { accountId: organizer.id, json };
      area.windows.set(String(json.id), record);
      return reply(201, windowJson(record));
    },

    "meetings.windows.retrieve": (req, ctx, reply) => {
      const found = windowFor(req, ctx);
      if ("status" in found) return found;
      return reply(200, windowJson(found.record));
    },

    "meetings.windows.update": async (req, ctx, reply) => {
      const organizer = organizerOf(req, ctx);
      if ("status" in organizer) return organizer;
      const found = windowFor(req, ctx);
      if ("status" in found) return found;
      const { id, account, created } = found.record.json;
      const json: WindowJson = {
        ...structuredClone(found.record.json),
        ...structuredClone(bodyOf(req) as Schema<"MeetingWindowUpdate">),
        id,
        account,
        created,
      };
      const problem = await checkWindow(req, ctx, organizer, json);
      if (problem) return problem;
      found.record.json = { ...json, modified: now() };
      return reply(200, windowJson(found.record));
    },

    "meetings.windows.delete": (req, ctx, reply) => {
      const organizer = organizerOf(req, ctx);
      if ("status" in organizer) return organizer;
      const found = windowFor(req, ctx);
      if ("status" in found) return found;
      area.windows.delete(String(found.record.json.id));
      return reply.empty(204);
    },

    "meetings.windows.listTimeSlots": async (req, ctx, reply) => {
      const found = windowFor(req, ctx);
      if ("status" in found) return found;
      const free = await freeSlots(req, ctx, found.record, found.organizer);
      if (!Array.isArray(free)) return free;
      const page = Number(req.args?.page ?? 1);
      const slice = free.slice((page - 1) * SLOTS_PER_PAGE, page * SLOTS_PER_PAGE);
      return reply(200, {
        time_slots: slice.map((s) => ({ start: formatInstant(s.start), end: formatInstant(s.end) })),
        next_page: page * SLOTS_PER_PAGE < free.length ? page + 1 : null,
      });
    },

    "meetings.windows.schedule": async (req, ctx, reply) => {
      const found = windowFor(req, ctx);
      if ("status" in found) return found;
      const input = bodyOf(req) as Schema<"ScheduleRequest">;
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
      const failed = callError(event);
      if (failed) return failed;
      const booking: BookingRecord = {
        accountId: found.organizer.id,
        json: {
          id: `se_${randomToken(12)}`,
          meeting_window_id: window.id,
          account: found.organizer.id,
          calendar_id: calendarId,
          calendar_event_id: (event.json as Schema<"CalendarEvent">).id,
          start: formatInstant(slot.start),
          end: formatInstant(slot.end),
          targets: structuredClone(input.targets),
          ...(input.event_metadata ? { event_metadata: structuredClone(input.event_metadata) } : {}),
          created: now(),
        },
      };
      area.bookings.set(String(booking.json.id), booking);
      notifyBooking(state, booking.json, "add");
      return reply(201, bookingJson(booking));
    },

    "meetings.events.retrieve": (req, ctx, reply) => {
      const found = bookingFor(req, ctx);
      if ("status" in found) return found;
      return reply(200, bookingJson(found.booking));
    },

    "meetings.events.update": async (req, ctx, reply) => {
      const found = bookingFor(req, ctx);
      if ("status" in found) return found;
      if (!found.window) return ctx.error(400, "invalid_parameters", "The meeting window of this booking was deleted.");
      const current = found.booking.json;
      const input = { ...structuredClone(current), ...structuredClone(bodyOf(req)) };
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
      const updated = await calendarCall(
        req,
        ctx,
        "calendar.events.update",
        found.organizer,
        { calendar_id: String(current.calendar_id), event_id: String(current.calendar_event_id) },
        event,
      );
      const failed = callError(updated);
      if (failed) return failed;
      found.booking.json = {
        ...current,
        start: formatInstant(slot.start),
        end: formatInstant(slot.end),
        targets: input.targets,
        ...(input.event_metadata ? { event_metadata: input.event_metadata } : {}),
      };
      notifyBooking(state, found.booking.json, "update");
      return reply(200, bookingJson(found.booking));
    },

    "meetings.events.delete": async (req, ctx, reply) => {
      const found = bookingFor(req, ctx);
      if ("status" in found) return found;
      const { calendar_id, calendar_event_id } = found.booking.json;
      const deleted = await calendarCall(req, ctx, "calendar.events.delete", found.organizer, {
        calendar_id: String(calendar_id),
        event_id: String(calendar_event_id),
      });
      // An event already removed from the calendar leaves only the booking to cancel.
      if (deleted.status !== 404) {
        const failed = callError(deleted);
        if (failed) return failed;
      }
      area.bookings.delete(String(found.booking.json.id));
      notifyBooking(state, found.booking.json, "delete");
      return reply.empty(204);
    },
  };
}
