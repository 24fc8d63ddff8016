/**
 * The time maths of the Calendar API: RFC 3339 date-times, ISO 8601 durations, the interval
 * arithmetic of Find Availability and the RRULE subset the emulator expands. It is its own file
 * because it is pure (no state, no requests), so it can be tested without the HTTP layer; turning
 * stored events into occurrences and busy times stays in `calendar.ts`, next to the event types.
 */

/** A UTC day in milliseconds; UTC has no daylight-saving shifts, so day steps are exact. */
export const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Dates and durations

/** An ISO 8601 date or date-time: date, optional time (seconds and fraction optional), optional offset. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** A parsed date-time: its RFC 3339 text (offset kept, seconds and offset completed) and instant. */
export interface DateTime {
  text: string;
  ms: number;
}

/** Parses a client's ISO 8601 date-time into RFC 3339; no offset means UTC, a bare date UTC midnight. */
export function parseDateTime(value: unknown): DateTime | undefined {
  if (typeof value !== "string") return undefined;
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", rawOffset = "Z"] = m;
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  const offset = rawOffset.toUpperCase() === "Z" ? "Z" : `${rawOffset.slice(0, 3)}:${rawOffset.slice(-2)}`;
  const text = `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset}`;
  return { text, ms: Date.parse(text) };
}

/** Formats an instant as the API writes it: ISO 8601 UTC, without milliseconds when they are zero. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

/** An ISO 8601 duration: weeks alone, or years, months, days and a time part. */
const DURATION = /^P(?:(\d+)W|(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?)$/;

/** Parses an ISO 8601 duration into ms (a year is 365 days, a month 30); undefined if malformed or zero. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value !== "string" || value.endsWith("T")) return undefined;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  const [, w, y, mo, d, h, mi, s] = m.map((part) => Number(part ?? 0));
  const ms =
    ((((w ?? 0) * 7 + (y ?? 0) * 365 + (mo ?? 0) * 30 + (d ?? 0)) * 24 + (h ?? 0)) * 60 + (mi ?? 0)) * 60_000 +
    (s ?? 0) * 1000;
  return ms > 0 ? ms : undefined;
}

/** A time span in epoch milliseconds, end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

/** Sorts intervals and merges the overlapping or touching ones. */
function mergeIntervals(intervals: Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const next of [...intervals].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged;
}

/** The parts of windows not covered by busy intervals that last at least `minLength`. */
export function freeWindows(windows: Interval[], busy: Interval[], minLength: number): Interval[] {
  const taken = mergeIntervals(busy);
  const free: Interval[] = [];
  for (const window of mergeIntervals(windows)) {
    let cursor = window.start;
    for (const b of taken) {
      if (b.end <= cursor) continue;
      if (b.start >= window.end) break;
      if (b.start - cursor >= minLength) free.push({ start: cursor, end: b.start });
      cursor = b.end;
    }
    if (window.end - cursor >= minLength) free.push({ start: cursor, end: window.end });
  }
  return free;
}

/** The time windows of an availability request, or an error message naming the bad one. */
export function parseWindows(raw: unknown): Interval[] | string {
  if (!Array.isArray(raw) || raw.length === 0) return "constraints.time_windows: at least one time window is required";
  const windows: Interval[] = [];
  for (const [i, w] of raw.entries()) {
    const start = parseDateTime(w?.start);
    const end = parseDateTime(w?.end);
    if (!start) return `constraints.time_windows[${i}].start: not an ISO 8601 date-time`;
    if (!end) return `constraints.time_windows[${i}].end: not an ISO 8601 date-time`;
    if (end.ms <= start.ms) return `constraints.time_windows[${i}]: end must be after start`;
    windows.push({ start: start.ms, end: end.ms });
  }
  return windows;
}

// ---------------------------------------------------------------------------------------------
// Recurrence

/** The parts of an RRULE the emulator expands. */
export interface Rule {
  freq: "SECONDLY" | "MINUTELY" | "HOURLY" | "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";
  interval: number;
  count?: number;
  until?: number;
}

const FREQUENCIES = new Set(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);

/** Parses RFC 5545 RRULE text (with or without the `RRULE:` prefix); undefined when malformed. */
export function parseRule(text: string): Rule | undefined {
  const parts = new Map<string, string>();
  for (const part of text.replace(/^RRULE:/i, "").split(";")) {
    const [key = "", value = ""] = part.split("=", 2);
    parts.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  const freq = parts.get("FREQ");
  if (!freq || !FREQUENCIES.has(freq)) return undefined;
  const interval = Number(parts.get("INTERVAL") ?? 1);
  const count = parts.has("COUNT") ? Number(parts.get("COUNT")) : undefined;
  const untilText = parts.get("UNTIL");
  const until = untilText === undefined ? undefined : parseBasicDateTime(untilText);
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  if (count !== undefined && (!Number.isInteger(count) || count < 1)) return undefined;
  if (untilText !== undefined && until === undefined) return undefined;
  return { freq: freq as Rule["freq"], interval, count, until };
}

/** Parses the RFC 5545 basic format of UNTIL (`20240131` or `20240131T100000Z`), taken as UTC. */
function parseBasicDateTime(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(text);
  if (!m) return undefined;
  return parseDateTime(`${m[1]}-${m[2]}-${m[3]}T${m[4] ?? "23"}:${m[5] ?? "59"}:${m[6] ?? "59"}Z`)?.ms;
}

/** The `n`th start of a rule from `first` (UTC calendar arithmetic). */
export function nthStart(first: number, rule: Rule, n: number): number {
  const step = n * rule.interval;
  const date = new Date(first);
  switch (rule.freq) {
    case "YEARLY":
      date.setUTCFullYear(date.getUTCFullYear() + step);
      return date.getTime();
    case "MONTHLY":
      date.setUTCMonth(date.getUTCMonth() + step);
      return date.getTime();
    default: {
      const unit = { SECONDLY: 1000, MINUTELY: 60_000, HOURLY: 3_600_000, DAILY: DAY, WEEKLY: 7 * DAY }[rule.freq];
      return first + step * unit;
    }
  }
}

/** The most occurrences expanded for one series, a guard against unbounded rules. */
export const MAX_OCCURRENCES = 5000;
