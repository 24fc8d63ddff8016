/**
 * Activity events as `onEvents` receives them: the fields every event carries need no check,
 * `metadata` narrows on its `api` and `type`, and events of APIs the spec does not model (CRM,
 * chat, ...) type-check through the open branch, their own fields `unknown` until checked.
 */
import type { components } from "../../../generated/schema.ts";
import type { WebhookEvent } from "../../../src/helpers/webhooks.ts";

type File = components["schemas"]["File"];
type CalendarEvent = components["schemas"]["CalendarEvent"];
type ActivityObject = components["schemas"]["ActivityObject"];

declare const event: WebhookEvent;

// Required on every event: no undefined check.
const accountId: number = event.account;
const eventId: string = event.id;
const change: string = event.type;
const action: string = event.action;
const when: string | null = event.modified;

// Every metadata branch has an ID.
const resourceId: string = event.metadata.id;

// Storage: `type` narrows out Folder and CalendarEvent.
if (event.metadata.type === "file") {
  const file: File | ActivityObject = event.metadata;
  void file;
}
if (event.metadata.api === "calendar" && event.metadata.type === "event") {
  const calendarEvent: CalendarEvent | ActivityObject = event.metadata;
  void calendarEvent;
}

// CRM: an `api` the spec does not model narrows to the open branch alone.
if (event.metadata.api === "crm") {
  const crm: ActivityObject = event.metadata;
  const kind: string | undefined = crm.type;
  const name = crm.name;
  if (typeof name === "string") {
    const upper: string = name.toUpperCase();
    void upper;
  }
  void kind;
}

// A CRM event as the API sends it is a valid event.
const crmEvent: WebhookEvent = {
  id: "evt_1",
  account: 42,
  type: "update",
  action: "~",
  modified: "2019-08-28T03:55:02Z",
  ip: null,
  user_id: null,
  metadata: { api: "crm", type: "contact", id: "contact_1", name: "Ada", email: "ada@example.com", raw: { a: 1 } },
};

// A chat event with no `api` or `type` reported.
const chatEvent: WebhookEvent = { ...crmEvent, metadata: { id: "msg_1", channel: "general" } };

export { accountId, action, change, chatEvent, crmEvent, eventId, resourceId, when };
