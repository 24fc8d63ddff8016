/** `refresh()` of a wrapper (loaded on its first call): the wrapper's request, sent again. */
import { KloudlessError } from "../core/errors.ts";
import { inheritedQuery } from "./follow-ups.ts";
import type { Response } from "./response.ts";

/**
 * A fresh wrapper of `wrapper`'s kind: a wrapper made by a GET repeats that request (query,
 * headers, API version); otherwise its URL is fetched, with the query that URL needs.
 */
export async function refreshed<W extends Response>(wrapper: W): Promise<W> {
  const { request } = wrapper;
  const fromGet = request.method === "GET";
  const next = await wrapper.client.send("GET", fromGet ? request.url : wrapper.url, {
    params: fromGet ? request.query : (inheritedQuery(wrapper.url, request) ?? {}),
    headers: fromGet ? request.headers : {},
    apiVersion: fromGet ? request.apiVersion : undefined,
  });
  if (!(next instanceof wrapper.constructor)) {
    throw new KloudlessError(`refresh of ${wrapper.url} answered a different kind of response`);
  }
  return next as W;
}
