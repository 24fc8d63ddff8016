/**
 * The Meeting Scheduler's methods are on a `Client` (its paths are not under an account), typed
 * by the spec: the window body, the time slots' envelope, the booking body and answer.
 */
import { Client } from "../../../src/index.ts";

const organizer = new Client({ token: "organizer-account-token" });

const window = await organizer.meetings.windows.create({
  json: {
    title: "Intro call",
    duration: 15,
    time_zone: "America/New_York",
    availability: { available_times: [{ start: "08:00:00", end: "17:00:00", recurring: { weekday: "MON" } }] },
    booking_calendar_id: "primary",
  },
});
const windowId: string = window.data.id;

const slots = await organizer.meetings.windows.listTimeSlots(windowId, { params: { page: 2 } });
const next: number | null | undefined = slots.data.next_page;
const first = slots.data.time_slots[0];
if (first) {
  const booked = await organizer.meetings.windows.schedule(windowId, {
    json: { start: first.start, end: first.end, targets: [{ email: "vera@example.org" }] },
  });
  const eventId: string = booked.data.calendar_event_id;
  await organizer.meetings.events.delete(booked.data.id, { params: { recaptcha_token: "token" } });
  void eventId;
}
void next;
