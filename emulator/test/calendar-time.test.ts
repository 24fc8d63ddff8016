/**
 * The emulator's calendar time maths (emulator/src/calendar-time.ts), without the HTTP layer:
 * ISO 8601 date-times and durations as clients send them, the free windows of Find
 * Availability, and the RRULE subset recurring events are expanded with.
 */
import { describe, expect, it } from "vitest";
import {
  DAY,
  formatInstant,
  freeWindows,
  nthStart,
  parseDateTime,
  parseDuration,
  parseRule,
  parseWindows,
} from "../src/calendar-time.ts";

const at = (iso: string) => Date.parse(iso);

describe("date-times", () => {
  it("completes what a client leaves out: seconds, time (UTC midnight) and offset (UTC)", () => {
    expect(parseDateTime("2024-03-05T09:30")).toEqual({ text: "2024-03-05T09:30:00Z", ms: at("2024-03-05T09:30:00Z") });
    expect(parseDateTime("2024-03-05")?.text).toBe("2024-03-05T00:00:00Z");
    expect(parseDateTime("2024-03-05 09:30:15.250z")?.text).toBe("2024-03-05T09:30:15.250Z");
  });

  it("keeps the offset, written with a colon, and computes the instant from it", () => {
    const parsed = parseDateTime("2024-03-05T09:30:00+0530");
    expect(parsed?.text).toBe("2024-03-05T09:30:00+05:30");
    expect(parsed?.ms).toBe(at("2024-03-05T04:00:00Z"));
  });

  it("refuses impossible dates and times instead of rolling them over", () => {
    expect(parseDateTime("2024-02-29")?.text).toBe("2024-02-29T00:00:00Z");
    for (const bad of ["2023-02-29", "2024-13-01", "2024-04-31", "2024-03-05T24:00", "2024-03-05T10:60", "tomorrow"]) {
      expect(parseDateTime(bad), bad).toBeUndefined();
    }
    expect(parseDateTime(20240305)).toBeUndefined();
  });

  it("writes instants without milliseconds when they are zero", () => {
    expect(formatInstant(at("2024-03-05T09:30:00Z"))).toBe("2024-03-05T09:30:00Z");
    expect(formatInstant(at("2024-03-05T09:30:00.125Z"))).toBe("2024-03-05T09:30:00.125Z");
  });
});

describe("durations", () => {
  it("reads weeks, days and times; a year is 365 days and a month 30", () => {
    expect(parseDuration("PT1H30M")).toBe(90 * 60_000);
    expect(parseDuration("PT0.5S")).toBe(500);
    expect(parseDuration("P1W")).toBe(7 * DAY);
    expect(parseDuration("P1DT12H")).toBe(1.5 * DAY);
    expect(parseDuration("P1Y2M")).toBe((365 + 60) * DAY);
  });

  it("refuses empty, zero and malformed durations", () => {
    for (const bad of ["P", "PT", "P0D", "PT0S", "1H", "P1H", "P1W2D", 30])
      expect(parseDuration(bad), String(bad)).toBeUndefined();
  });
});

describe("free windows", () => {
  const window = { start: at("2024-03-05T09:00:00Z"), end: at("2024-03-05T17:00:00Z") };
  const span = (from: string, to: string) => ({ start: at(`2024-03-05T${from}:00Z`), end: at(`2024-03-05T${to}:00Z`) });

  it("subtracts overlapping busy times, merged, and drops gaps shorter than the meeting", () => {
    const busy = [span("10:30", "12:00"), span("10:00", "11:00"), span("14:40", "15:00"), span("15:00", "16:00")];
    expect(freeWindows([window], busy, 30 * 60_000)).toEqual([
      span("09:00", "10:00"),
      span("12:00", "14:40"),
      span("16:00", "17:00"),
    ]);
    // A 20-minute gap is too short for a 30-minute meeting.
    expect(freeWindows([window], [span("09:00", "12:00"), span("12:20", "17:00")], 30 * 60_000)).toEqual([]);
  });

  it("ignores busy times outside the windows and merges touching windows", () => {
    const windows = [span("09:00", "12:00"), span("12:00", "13:00")];
    expect(freeWindows(windows, [span("07:00", "08:00"), span("18:00", "19:00")], 60_000)).toEqual([
      span("09:00", "13:00"),
    ]);
  });

  it("names the bad window of a request", () => {
    expect(parseWindows([])).toBe("constraints.time_windows: at least one time window is required");
    expect(parseWindows([{ start: "2024-03-05T10:00:00Z", end: "2024-03-05T09:00:00Z" }])).toBe(
      "constraints.time_windows[0]: end must be after start",
    );
    expect(parseWindows([{ start: "2024-03-05T09:00:00Z", end: "2024-03-05T10:00:00Z" }, { start: "x" }])).toBe(
      "constraints.time_windows[1].start: not an ISO 8601 date-time",
    );
  });
});

describe("recurrence rules", () => {
  it("reads FREQ, INTERVAL, COUNT and UNTIL, with or without the RRULE: prefix", () => {
    expect(parseRule("RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3")).toEqual({
      freq: "WEEKLY",
      interval: 2,
      count: 3,
      until: undefined,
    });
    expect(parseRule("freq=daily;until=20240131")).toEqual({
      freq: "DAILY",
      interval: 1,
      count: undefined,
      until: at("2024-01-31T23:59:59Z"),
    });
    expect(parseRule("FREQ=DAILY;UNTIL=20240131T100000Z")?.until).toBe(at("2024-01-31T10:00:00Z"));
  });

  it("refuses rules it cannot expand", () => {
    for (const bad of [
      "FREQ=FORTNIGHTLY",
      "INTERVAL=2",
      "FREQ=DAILY;INTERVAL=0",
      "FREQ=DAILY;COUNT=0",
      "FREQ=DAILY;UNTIL=soon",
    ]) {
      expect(parseRule(bad), bad).toBeUndefined();
    }
  });

  it("steps occurrences by the rule's unit times its interval", () => {
    const first = at("2024-03-05T09:00:00Z");
    expect(nthStart(first, { freq: "WEEKLY", interval: 2 }, 3)).toBe(first + 6 * 7 * DAY);
    expect(nthStart(first, { freq: "HOURLY", interval: 1 }, 5)).toBe(first + 5 * 3_600_000);
    expect(nthStart(first, { freq: "MONTHLY", interval: 1 }, 2)).toBe(at("2024-05-05T09:00:00Z"));
    expect(nthStart(first, { freq: "YEARLY", interval: 1 }, 1)).toBe(at("2025-03-05T09:00:00Z"));
  });
});
