/**
 * Scheduling over the organizer's calendar: the Meeting Scheduler calls the Calendar API's own
 * handlers (so a booking is an ordinary calendar event, recorded in the account's activity, and
 * an event added by other means takes its slot away), checks a window's calendar and zone, and
 * finds the free slots of a window.
 */
import { createCalendarHandlers } from "./calendar.ts";
import { formatInstant, type Interval, parseDateTime } from "./calendar-time.ts";
import { availabilityProblem, candidateSlots, isTimeZone } from "./meeting-slots.ts";
import type { WindowJson, WindowRecord } from "./meetings-model.ts";
import { type ErrorReply, handlerOf, type Schema } from "./replies.ts";
import type { EmulatorState } from "./state.ts";
import type { AccountRecord, EmuContext, EmuReply, EmuRequest } from "./types.ts";

/** What the meeting handlers schedule with (see `createScheduling`). */
export type Scheduling = ReturnType<typeof createScheduling>;

/** The scheduling helpers over `state`'s calendars. */
export function createScheduling(state: EmulatorState) {
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
    const handler = handlerOf(calendar, operationId);
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

  /**
   * The error of a calendar call, or undefined when it succeeded. The calendar handlers are
   * typed by operation, so every reply of theirs with an error status was made by `errorReply`.
   */
  function callError(reply: EmuReply): ErrorReply | undefined {
    return reply.status >= 400 ? (reply as unknown as ErrorReply) : undefined;
  }

  /** Checks a window's attributes after a create or update; a 400 reply when they do not hold. */
  async function checkWindow(
    req: EmuRequest,
    ctx: EmuContext,
    organizer: AccountRecord,
    json: WindowJson,
  ): Promise<ErrorReply | undefined> {
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
    json.booking_calendar_id = (found.json as Schema<"Calendar">).id;
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
  ): Promise<Interval[] | ErrorReply> {
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
    const failed = callError(reply);
    if (failed) return failed;
    const free = (reply.json as Schema<"AvailabilityResult">).time_windows.map((w) => ({
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

  /** The slot a schedule body names, if it is one of `free`; else a 400 reply. */
  function slotOf(ctx: EmuContext, input: Record<string, unknown>, free: Interval[]): Interval | ErrorReply {
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

  return { calendarCall, callError, checkWindow, freeSlots, slotOf };
}
