/** The SDK's version, sent in `User-Agent` as `kloudless-ts/<VERSION>`. */
export const VERSION = "0.1.0";
