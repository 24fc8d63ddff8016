/**
 * Which wrapper a parsed JSON answer becomes: the result kind of the request's operation, or,
 * for an answer of no known operation, what its body is (a list envelope, an object with an
 * `id` or `href`, other JSON).
 */
import type { ResultKind } from "../../generated/operations.ts";
import { canonicalUrls, childRequest } from "./canonical-url.ts";
import { isListBody, type ListEnvelope } from "./pagination.ts";
import { ResourceList } from "./resource-list.ts";
import { type RequestContext, Resource, ResponseJson, type Sender, type WrapperOrigin } from "./response.ts";

/** Whether a JSON body names an object (so it becomes a `Resource`). */
export function isResourceBody(data: unknown): data is Record<string, unknown> {
  return !!data && typeof data === "object" && !Array.isArray(data) && ("id" in data || "href" in data);
}

/** The origins of a single object: the URL it came from is its request's. */
const CREATED: WrapperOrigin = { isNew: true };
const RETRIEVED: WrapperOrigin = { isNew: false };

/** Whether a JSON value is an object (not an array): what the `Resource` and `ResourceList` kinds wrap. */
function isObject(data: unknown): data is Record<string, unknown> {
  return !!data && typeof data === "object" && !Array.isArray(data);
}

/**
 * Builds the wrapper for a parsed JSON body. `kind` is the result kind of the operation the
 * request belongs to (the operation table's `r`): a JSON object becomes exactly that wrapper, so
 * the answer matches the call's static type. Without it (the untyped `request()` to a path no
 * operation matches, or a follow-up call to such a URL), or when the body is not an object, the
 * body decides: a list envelope → `ResourceList`, `id`/`href` → `Resource`, else `ResponseJson`.
 */
export function wrapJson(
  client: Sender,
  response: globalThis.Response,
  request: RequestContext,
  data: unknown,
  kind?: ResultKind,
): ResponseJson<unknown> {
  const typed = kind !== undefined && isObject(data);
  if (typed ? kind === "ResourceList" : isListBody(data)) {
    const envelope = data as ListEnvelope;
    const items = Array.isArray(envelope.objects) ? envelope.objects : [];
    const objects: Resource[] = new Array(items.length);
    const origin: WrapperOrigin = { urlOf: canonicalUrls(request.url), isNew: true, list: request };
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Record<string, unknown>;
      objects[i] = isResourceBody(item)
        ? Resource._lazy(client, response, item, origin, undefined)
        : new Resource(client, response, request.url, childRequest(request, request.url), item);
    }
    return new ResourceList(client, response, request.url, request, envelope, objects);
  }
  if (typed ? kind === "Resource" : isResourceBody(data)) {
    // A POST to a collection creates an object below it; other methods answer the object itself.
    return Resource._lazy(client, response, data, request.method === "POST" ? CREATED : RETRIEVED, request);
  }
  return new ResponseJson(client, response, request.url, request, data);
}
