/** The fetch options of a request as the transport sends it (and of each redirect hop). */
import { onWorkers } from "./platform.ts";
import type { OutgoingRequest } from "./transport.ts";

/** The fetch options of one request (or of one redirect hop). */
export function requestInit(
  method: string,
  headers: Headers,
  body: OutgoingRequest["body"],
  signal: AbortSignal,
): RequestInit {
  const init: RequestInit = { method, headers, body: body?.make(), redirect: "manual", signal };
  if (body?.streaming) {
    // A stream body is sent as it is read (fetch requires `duplex` for it). It cannot follow a
    // redirect anyway, and `redirect: "error"` keeps fetch (undici) from teeing it for one,
    // which would hold the whole upload in memory (nodejs/undici#4058); Workers refuse
    // "error" and do not tee, so they keep "manual".
    (init as { duplex?: string }).duplex = "half";
    if (!onWorkers()) init.redirect = "error";
  }
  return init;
}
