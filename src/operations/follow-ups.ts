/**
 * Named follow-up calls of a resource, on its own URL: `file.retrieve()`, `file.update({ json })`,
 * `file.copy({ json })`, `file.delete()`, `file.links()`, `file.permissions()`,
 * `file.properties()`. Each is the spec operation of that name for the resource's kind, typed as
 * that operation (its options, required where the spec requires them, and its result). They are
 * typed on files and folders, whose URL the runtime makes canonical wherever they were listed;
 * on other resources the verbs (`get`, `patch`, ...) stay the way to follow up. Requests to a
 * resource's own URL keep the query its operations require (`inheritedQuery`).
 */
import type { OperationId } from "../../generated/operations.ts";
import type { RequestOptions } from "../core/request-options.ts";
import type { OperationOptions, OperationResult, OptionsArgument } from "./operation-types.ts";

/** One follow-up call: the operation's options (required when something in them is), its result. */
type Call<Id extends OperationId> = (...options: OptionsArgument<OperationOptions<Id>>) => Promise<OperationResult<Id>>;

/** A file's follow-up calls. */
export interface FileFollowUps {
  /** Fetches the file's metadata again (`storage.files.retrieve`), as a new resource. */
  retrieve: Call<"storage.files.retrieve">;
  /** Renames or moves the file (`storage.files.update`). */
  update: Call<"storage.files.update">;
  /** Copies the file (`storage.files.copy`). */
  copy: Call<"storage.files.copy">;
  /** Deletes the file (`storage.files.delete`). */
  delete: Call<"storage.files.delete">;
  /** Lists the file's links (`storage.files.listServiceLinks`). */
  links: Call<"storage.files.listServiceLinks">;
  /** Lists the file's permissions (`storage.files.listPermissions`). */
  permissions: Call<"storage.files.listPermissions">;
  /** Lists the file's properties (`storage.files.listProperties`). */
  properties: Call<"storage.files.listProperties">;
}

/** A folder's follow-up calls. */
export interface FolderFollowUps {
  /** Fetches the folder's metadata again (`storage.folders.retrieve`), as a new resource. */
  retrieve: Call<"storage.folders.retrieve">;
  /** Renames or moves the folder (`storage.folders.update`). */
  update: Call<"storage.folders.update">;
  /** Copies the folder (`storage.folders.copy`). */
  copy: Call<"storage.folders.copy">;
  /** Deletes the folder (`storage.folders.delete`). */
  delete: Call<"storage.folders.delete">;
  /** Lists the folder's links (`storage.folders.listServiceLinks`). */
  links: Call<"storage.folders.listServiceLinks">;
  /** Lists the folder's permissions (`storage.folders.listPermissions`). */
  permissions: Call<"storage.folders.listPermissions">;
}

/** The follow-up calls typed on a resource whose data is `T`: a file's, a folder's, or none. */
export type FollowUpsOf<T> = T extends {
  /** A file. */
  readonly type: "file";
}
  ? FileFollowUps
  : T extends {
        /** A folder. */
        readonly type: "folder";
      }
    ? FolderFollowUps
    : unknown;

/** The request each follow-up call sends: its HTTP method and its path below the resource's URL. */
const FOLLOW_UPS: Record<string, readonly [method: "get" | "patch" | "post", path: string]> = {
  retrieve: ["get", ""],
  update: ["patch", ""],
  copy: ["post", "copy"],
  links: ["get", "links"],
  permissions: ["get", "permissions"],
  properties: ["get", "properties"],
};

/** What a resource offers the follow-up calls: its verbs (`delete` is one already). */
type Verbs = Record<"get" | "patch" | "post", (path: string, options?: RequestOptions) => Promise<unknown>>;

/** Defines the follow-up calls on the resource class's prototype. */
export function installFollowUps(prototype: object): void {
  for (const [name, [method, path]] of Object.entries(FOLLOW_UPS)) {
    Object.defineProperty(prototype, name, {
      configurable: true,
      writable: true,
      value(this: Verbs, options?: RequestOptions) {
        return this[method](path, options);
      },
    });
  }
}

/** The URL of a generic CRM object: its operations require `raw_type`. */
const CRM_OBJECT_URL = /\/crm\/objects\/[^/]+$/;

/**
 * The query parameters that every request to a resource's own URL needs, taken from the request
 * that returned the resource: a generic CRM object's `raw_type` (`crm.objects.retrieve`,
 * `update` and `delete` answer 400 without it). Undefined when there are none.
 */
export function inheritedQuery(
  url: string,
  from: { query: Record<string, string | string[]> } | undefined,
): Record<string, string | string[]> | undefined {
  const rawType = from?.query.raw_type;
  return rawType !== undefined && CRM_OBJECT_URL.test(url) ? { raw_type: rawType } : undefined;
}
