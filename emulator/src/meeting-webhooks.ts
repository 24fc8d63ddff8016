/**
 * Meeting Scheduler booking notifications: when a time slot of a meeting window is booked, its
 * booking changed or cancelled, the application's webhook URLs receive a form-encoded POST naming
 * the booking, signed and retried like every other notification (`webhooks.ts`) and listed at
 * `GET /__emulator/deliveries`:
 *
 * `account=<organizer>&event_category=calendar&event_type=add&event_subtype=meeting_scheduler_slot_booked&calendar_id=...&calendar_event_id=...&meeting_window_id=...`
 *
 * The fields and their values are those of the Meeting Scheduler README (per the API notes);
 * `event_type` is `add`, `update` or `delete` and `event_subtype`
 * `meeting_scheduler_slot_booked`, `_updated` or `_deleted`.
 *
 * Decisions (spec: `MeetingBookingNotification`):
 * - They go to the application's webhooks (`meta.webhooks`), the only webhook URLs the evidence
 *   knows; a window has no URL of its own.
 * - They come in addition to the `account=<id>` notification of the booking calendar's activity
 *   (the booked event is an ordinary calendar event), queued after it.
 * - Deleting a meeting window notifies nothing: its booked events are kept.
 */
import type { EmulatorState } from "./state.ts";
import { notifyWebhooks } from "./webhooks.ts";

/** What happened to a booking. */
export type BookingChange = "add" | "update" | "delete";

/** The booking fields a notification names (a booking's reply JSON has them all). */
export interface BookingFields {
  account?: unknown;
  calendar_id?: unknown;
  calendar_event_id?: unknown;
  meeting_window_id?: unknown;
}

/** `event_subtype` of each change. */
const SUBTYPES: Record<BookingChange, string> = {
  add: "meeting_scheduler_slot_booked",
  update: "meeting_scheduler_slot_updated",
  delete: "meeting_scheduler_slot_deleted",
};

/** The form-encoded body of the notification of `change` to `booking`. */
export function bookingNotificationBody(booking: BookingFields, change: BookingChange): string {
  return new URLSearchParams({
    account: String(booking.account),
    event_category: "calendar",
    event_type: change,
    event_subtype: SUBTYPES[change],
    calendar_id: String(booking.calendar_id),
    calendar_event_id: String(booking.calendar_event_id),
    meeting_window_id: String(booking.meeting_window_id),
  }).toString();
}

/** Queues the notification of `change` to `booking` to every webhook of the application; returns at once. */
export function notifyBooking(state: EmulatorState, booking: BookingFields, change: BookingChange): void {
  notifyWebhooks(state, Number(booking.account), bookingNotificationBody(booking, change));
}
