/** Checks of the arguments callers pass to the SDK's helpers. */
import { InvalidParameter } from "../core/errors.ts";

/** The value of a required string argument, or an `InvalidParameter` naming it. */
export function required(value: unknown, name: string): string {
  if (typeof value !== "string" || !value) throw new InvalidParameter(`${name} must be a non-empty string`, name);
  return value;
}

/** The value of an optional whole-number argument (`fallback` when absent), or an `InvalidParameter` naming it. */
export function wholeNumber(value: number | undefined, fallback: number, name: string, min = 0): number {
  if (value === undefined) return fallback;
  if (!(Number.isSafeInteger(value) && value >= min)) {
    throw new InvalidParameter(`${name} must be a whole number >= ${min}`, name);
  }
  return value;
}
