/**
 * Seeding calendar accounts: the demo calendars (events over the past and next weeks) or a
 * given seed, through the same event creation as the API so seeded events look alike.
 */
import { recordActivity } from "./activity.ts";
import { createEvent, eventMetadata } from "./calendar-events.ts";
import { type AccountCalendars, addCalendar, type CalendarSeed } from "./calendar-model.ts";
import { DAY, formatInstant } from "./calendar-time.ts";
import type { EmulatorState } from "./state.ts";
import type { AccountRecord } from "./types.ts";

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
