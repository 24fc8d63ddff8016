// Events: the fields every documented event carries are required; metadata is told apart by `api`.
import type { WebhookEvent } from "../../../src/helpers/webhooks.ts";

declare const event: WebhookEvent;
// `account` is the numeric account ID, required on every event.
// expect-error: Type 'number' is not assignable to type 'string'
const accountId: string = event.account;

if (event.metadata.api === "crm") {
  // A field the spec does not model is `unknown` until checked.
  // expect-error: Type 'unknown' is not assignable to type 'string'
  const email: string = event.metadata.email;
  void email;
}

// expect-error: Property 'account' is missing
const missing: WebhookEvent = {
  id: "evt_1",
  type: "add",
  action: "+",
  modified: null,
  ip: null,
  user_id: null,
  metadata: { id: "file_1", name: "a.txt", type: "file" },
};

export { accountId, missing };
