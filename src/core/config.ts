/**
 * Global defaults, read when a `Client` or `Account` is constructed: changing them affects
 * objects created afterwards only.
 */
export interface Configuration {
  /** Server root of the API, without the version. */
  baseUrl: string;
  /** API version used in URLs (`/v<apiVersion>`). */
  apiVersion: number | string;
}

/** The mutable global defaults (`configuration.baseUrl = "http://127.0.0.1:8002"`). */
export const configuration: Configuration = {
  baseUrl: "https://api.kloudless.com",
  apiVersion: 1,
};
