/**
 * The time-slot maths of the Meeting Scheduler, pure so it can be tested on its own: IANA zone
 * offsets, a window's `hh:mm:ss` availability spans and weekdays, and the candidate slots a
 * window offers (its daily spans, in its time zone, cut every `time_slot_interval` minutes).
 * Busy times are not known here: `meetings-scheduling.ts` takes them off.
 */
import { DAY, type Interval } from "./calendar-time.ts";

/** Weekday names as `recurring.weekday` spells them, by `Date#getUTCDay()` number. */
const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** Whether `zone` is an IANA time zone the runtime knows. */
export function isTimeZone(zone: unknown): zone is string {
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
export function availabilityProblem(availability: unknown): string | undefined {
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
export function candidateSlots(window: Record<string, unknown>, from: number): Interval[] {
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
