/**
 * Header values as fetch accepts them. fetch throws a bare `TypeError` for a value with CR, LF or
 * NUL (header injection) or a character above U+00FF, and some runtimes strip instead; the SDK
 * refuses such a value before anything is sent, naming the option it came from.
 */
import { InvalidParameter } from "./errors.ts";

// HTAB, visible ASCII, space and obs-text (Latin-1): what a header value may hold.
const INVALID_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
// RFC 9110 token characters: what a header name may hold.
const VALID_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Throws `InvalidParameter` naming `option` unless `value` can be sent as a header value. */
export function assertHeaderValue(value: string, option: string): void {
  if (INVALID_VALUE.test(value)) {
    throw new InvalidParameter(
      `${option} holds a character that cannot be sent in an HTTP header (a line break, a control character or one above U+00FF)`,
      option,
    );
  }
}

/** Checks the names and values of a record of headers; `option` names where they came from. */
export function assertHeaders(headers: Record<string, string>, option: string): void {
  for (const name in headers) {
    if (!VALID_NAME.test(name))
      throw new InvalidParameter(`${option} has an invalid header name: ${JSON.stringify(name)}`, option);
    const value = headers[name];
    if (typeof value !== "string")
      throw new InvalidParameter(`${option}[${JSON.stringify(name)}] must be a string`, option);
    assertHeaderValue(value, option);
  }
}
