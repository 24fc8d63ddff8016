// expect-error: Type 'unknown' is not assignable to type 'string'
import type { WebhookEvent } from "../../../src/webhooks.ts";

declare const event: WebhookEvent;
if (event.metadata.api === "crm") {
  // A field the spec does not model is `unknown` until checked.
  const email: string = event.metadata.email;
  void email;
}
