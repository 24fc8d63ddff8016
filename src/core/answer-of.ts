/**
 * The answer of a response the transport did not receive itself: a middleware answered the
 * request or replaced the response (loaded the first time one does).
 */
import { isJson } from "./attempt.ts";
import { invalidJson, statusFailure } from "./failures.ts";
import type { IncomingResponse, OutgoingRequest } from "./transport.ts";

/**
 * An error status becomes the error of its class, JSON is read and parsed unless the request
 * leaves bodies unread. `errorBody` is an error body already read (openapi-fetch reads it
 * before handing the response back).
 */
export async function answerOf(
  request: OutgoingRequest,
  response: globalThis.Response,
  secrets: readonly string[],
  errorBody?: unknown,
): Promise<IncomingResponse> {
  if (!response.ok) {
    let text = "";
    if (typeof errorBody === "string") text = errorBody;
    else if (errorBody !== undefined) text = JSON.stringify(errorBody);
    else if (!response.bodyUsed) text = await response.text();
    throw statusFailure(request, response, text, secrets).error;
  }
  if (request.stream || response.status === 204 || !isJson(response)) return { response, parsed: false };
  const text = await response.text();
  if (!text) return { response, parsed: false };
  try {
    return { response, json: JSON.parse(text), parsed: true, text };
  } catch (cause) {
    throw invalidJson(text, cause);
  }
}
