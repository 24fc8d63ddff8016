// expect-error: Type 'number' is not assignable to type 'string'
import type { WebhookEvent } from "../../../src/webhooks.ts";

declare const event: WebhookEvent;
// `account` is the numeric account ID, required on every event.
const accountId: string = event.account;

export { accountId };
