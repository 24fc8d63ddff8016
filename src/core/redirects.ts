/**
 * Redirects, handled here and never by fetch (loaded on the first 3xx answer): a redirect to the
 * request's own origin is followed (at most `MAX_REDIRECTS` times, with fetch's method rules),
 * one to any other origin is refused with `RedirectRefused`, so that no header, credential or
 * body leaves the origin and no other host's answer is taken for the API's.
 */

import { RedirectRefused } from "./errors.ts";
import { requestInit } from "./request-init.ts";
import type { FetchFunction, OutgoingRequest } from "./transport.ts";

/** Most same-origin redirects followed for one attempt (fetch's own limit is 20). */
const MAX_REDIRECTS = 5;

const ignore = (): void => undefined;

/** A URL as errors show it: origin and path, no query (which may hold credentials). */
function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** The headers of a request turned into a GET by a redirect: no body, so no body headers. */
function withoutBodyHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  for (const name of ["content-type", "content-length", "x-kloudless-metadata"]) copy.delete(name);
  return copy;
}

/**
 * The answer of `request` once `first`, its 3xx (or opaque redirect) answer, is followed:
 * the first answer that is not a redirect.
 */
export async function followRedirects(
  fetch: FetchFunction,
  request: OutgoingRequest,
  signal: AbortSignal,
  first: globalThis.Response,
): Promise<globalThis.Response> {
  let { method, url } = request;
  let body = request.body;
  let headers = request.headers;
  let response = first;
  for (let hop = 0; ; hop++) {
    if (response.type === "opaqueredirect") {
      // Browsers hide where a redirect goes: it cannot be checked, so it is not followed.
      throw new RedirectRefused(`${method} ${describeUrl(url)} was redirected; browsers do not reveal where to`);
    }
    const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
    if (location === null) return response;
    response.body?.cancel().catch(ignore);
    const target = new URL(location, url);
    if (target.origin !== new URL(url).origin) {
      throw new RedirectRefused(
        `${method} ${describeUrl(url)} was redirected to another origin (${target.origin}); not followed`,
        target.origin,
      );
    }
    if (hop >= MAX_REDIRECTS)
      throw new RedirectRefused(`${method} ${describeUrl(url)}: more than ${MAX_REDIRECTS} redirects`);
    const status = response.status;
    if (
      status === 303 ? method !== "GET" && method !== "HEAD" : (status === 301 || status === 302) && method === "POST"
    ) {
      method = "GET";
      body = undefined;
      headers = withoutBodyHeaders(headers);
    } else if (body && !body.replayable) {
      throw new RedirectRefused(
        `${method} ${describeUrl(url)} was redirected (${status}) and its body cannot be sent twice`,
      );
    }
    url = target.href;
    response = await fetch(url, requestInit(method, headers, body, signal));
  }
}
