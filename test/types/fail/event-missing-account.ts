// expect-error: Property 'account' is missing
import type { WebhookEvent } from "../../../src/webhooks.ts";

const event: WebhookEvent = {
  id: "evt_1",
  type: "add",
  action: "+",
  modified: null,
  ip: null,
  user_id: null,
  metadata: { id: "file_1", name: "a.txt", type: "file" },
};

export { event };
