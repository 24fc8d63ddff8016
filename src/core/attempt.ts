/**
 * One attempt of a request: fetch with an AbortController that the attempt's deadline (or the
 * caller's signal) aborts, so that a timed-out attempt leaves no request, socket or concurrency
 * slot behind. A JSON answer is read and parsed here, inside the timeout; a download is handed
 * back unread, guarded by an idle timeout between chunks. Redirects are never left to fetch
 * (redirects.ts), and what a failure becomes is failures.ts: both are loaded when first needed.
 */
import { Aborted, KloudlessError, timeoutReason } from "./errors.ts";
import type { FailedAttempt } from "./failures.ts";
import type { AttemptController } from "./light-signal.ts";
import { requestInit } from "./request-init.ts";
import type { IncomingResponse, OutgoingRequest, TransportSettings } from "./transport.ts";

/** What a failed attempt becomes (failures.ts), loaded on the first failure. */
const failures = () => import("./failures.ts");

/** What an attempt ends with when it did not get an answer to hand back. */
export type Failed = FailedAttempt;

const decoder = new TextDecoder();

const JSON_TYPE = /\bjson\b/i;

/** Whether a response says its body is JSON. */
export function isJson(response: globalThis.Response): boolean {
  return JSON_TYPE.test(response.headers.get("content-type") ?? "");
}

/**
 * One attempt: resolves to the answer or to a classified failure. `controllers` makes the
 * attempt's abort controller where platform ones are not needed (light-signal.ts).
 */
export async function runAttempt(
  settings: TransportSettings,
  request: OutgoingRequest,
  controllers?: (() => AttemptController) | false,
): Promise<IncomingResponse | Failed> {
  const { signal } = request;
  // An abort that came while waiting (for a slot, or before this attempt) sends nothing.
  if (signal?.aborted) throw new Aborted(undefined, { cause: signal.reason });
  // Every attempt can be stopped half-way: at its deadline the request is aborted, so nothing of
  // it (socket, body, concurrency slot) outlives the attempt.
  const controller = controllers ? controllers() : new AbortController();
  const onUserAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onUserAbort, { once: true });
  // The reason is made when the timer fires: a DOMException per attempt is costly.
  let timedOut: Error | undefined;
  const timer = setTimeout(() => {
    timedOut = timeoutReason(`no response within ${request.timeout} ms`);
    controller.abort(timedOut);
  }, request.timeout);
  let streaming = false;
  try {
    const response = await exchange(settings, request, controller.signal);
    if (!response.ok || (!request.stream && response.status !== 204 && isJson(response))) {
      // Read whole, inside the timeout (the abort at the deadline cancels the read).
      const text = response.body ? await readText(response.body) : "";
      clearTimeout(timer);
      if (!response.ok) return (await failures()).statusFailure(request, response, text, settings.secrets);
      if (!text) return { response, parsed: false };
      try {
        return { response, json: JSON.parse(text), parsed: true, text };
      } catch (cause) {
        const { invalidJson } = await failures();
        return {
          failure: { kind: "connection", refused: false, notSent: false },
          error: invalidJson(text, cause),
        };
      }
    }
    clearTimeout(timer);
    if (!response.body) return { response, parsed: false };
    streaming = true;
    const { idleTimeoutStream } = await import("./idle-timeout.ts");
    const guarded = idleTimeoutStream(response.body, request.timeout, signal, () =>
      signal?.removeEventListener("abort", onUserAbort),
    );
    const wrapped = new Response(guarded, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    return { response: wrapped, parsed: false };
  } catch (cause) {
    clearTimeout(timer);
    if (signal?.aborted) throw new Aborted(undefined, { cause: signal.reason ?? cause });
    if (cause instanceof KloudlessError && !timedOut) throw cause;
    const { connectionFailure, timeoutFailure } = await failures();
    if (timedOut) return timeoutFailure(timedOut);
    return connectionFailure(request, cause);
  } finally {
    // A streamed download stays cancellable by the caller until its body ends.
    if (!streaming) signal?.removeEventListener("abort", onUserAbort);
  }
}

/** fetch, with any redirect handed to redirects.ts (fetch is never left to follow one). */
async function exchange(
  settings: TransportSettings,
  request: OutgoingRequest,
  signal: AbortSignal,
): Promise<globalThis.Response> {
  const response = await settings.fetch(
    request.url,
    requestInit(request.method, request.headers, request.body, signal),
  );
  if (response.type !== "opaqueredirect" && (response.status < 300 || response.status >= 400)) return response;
  const { followRedirects } = await import("./redirects.ts");
  return followRedirects(settings.fetch, request, signal, response);
}

/** Reads a body whole as text. */
async function readText(body: ReadableStream<Uint8Array>): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return decoder.decode(all);
}
