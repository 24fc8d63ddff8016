/**
 * A fetch `Request` (from the openapi-fetch client of `kloudless-ts/openapi-fetch`) as the
 * transport sends it: a request made on `client.api` directly, or one a middleware replaced.
 * Loaded by the client's openapi-fetch `fetch` (`#apiFetch`) with the first such request.
 */
import type { OutgoingRequest } from "./transport.ts";

/**
 * The transport's request for `request`: its headers set over `headers` (the client's defaults;
 * the caller adds the credentials last), its body read once so that a retry can send it again
 * (JSON payloads, not uploads of files), its signal, and error statuses answered, not thrown.
 */
export async function outgoing(
  request: Request,
  headers: Headers,
  timeout: number,
  maxRetries: number,
): Promise<OutgoingRequest> {
  request.headers.forEach((value, name) => {
    headers.set(name, value);
  });
  const bytes = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
  return {
    method: request.method,
    url: request.url,
    headers,
    body: bytes && {
      make: () => bytes,
      contentType: undefined,
      length: bytes.byteLength,
      replayable: true,
      streaming: false,
    },
    signal: request.signal,
    timeout,
    maxRetries,
    stream: true,
    answerErrors: true,
  };
}
