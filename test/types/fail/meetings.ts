// The Meeting Scheduler: on a `Client` only, with the spec's required window and booking fields.
import { Account, Client } from "../../../src/index.ts";

const account = new Account({ token: "token" });
const organizer = new Client({ token: "token" });

// Not account-scoped: the paths are /meetings/..., not under /accounts/{account_id}.
// expect-error: Property 'meetings' does not exist
await account.meetings.windows.list();

// A window needs its booking calendar.
// expect-error: Property 'booking_calendar_id' is missing
await organizer.meetings.windows.create({ json: { title: "t", duration: 15, time_zone: "UTC", availability: { available_times: [] } } });

// A booking needs its targets.
// expect-error: Property 'targets' is missing
await organizer.meetings.windows.schedule("mw_1", { json: { start: "2030-01-01T10:00:00Z", end: "2030-01-01T10:15:00Z" } });
