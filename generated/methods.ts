/**
 * The per-operation methods, grouped as the spec's operationIds group them
 * (`storage.files.retrieve` becomes `account.storage.files.retrieve(fileId)`), as type-level
 * data: each method is a `Method` naming its operation, its path arguments and, for operations
 * marked `x-kloudless-helper`, the runtime helper serving it (e.g. `account.storage.files.upload`
 * streams and uses multipart uploads). src/operations/operation-types.ts turns the trees into the
 * signatures of `Account` and `Client`; the runtime builds the methods lazily from the operation
 * table. Nothing here exists at run time, and nothing here imports src/.
 * Generated from spec/ by codegen/generate.ts. Do not edit.
 */
import type { OperationId } from "./operations.ts";

/**
 * One generated method: the operation it calls (`~operation`), its path arguments before the
 * options (`~args`; the bound account's excluded on `Account`) and the runtime helper serving it
 * (`~helper`; then `~args` holds only the account ID a `Client` passes first).
 */
export interface Method<Id extends OperationId, Args extends unknown[], Helper extends string | undefined = undefined> {
  /** The operation the method calls. */
  readonly "~operation": Id;
  /** The path arguments, in path order. */
  readonly "~args": Args;
  /** The runtime helper serving the method, if any. */
  readonly "~helper": Helper;
}

/** The methods an `Account` offers: every account-scoped operation, its account bound. */
export interface AccountMethods {
  /** `tasks` operations. */
  readonly tasks: {
    /**
     * Retrieve a task
     *
     * Returns the state of an asynchronous request. While it runs, the answer is the Task (read
     * `status ?? state`: `PENDING`, `RECEIVED`, `STARTED`, `UNKNOWN`). Once it has finished, the
     * answer is the result of the original request instead (e.g. a File or Folder); if it failed, the
     * answer is an error.
     *
     * `GET /accounts/{account_id}/tasks/{task_id}`
     *
     * Parameters:
     * - `taskId`: ID of the Task returned by a request sent with `X-Kloudless-Async` set to `true`.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/core/tasks.retrieve
     */
    retrieve: Method<"tasks.retrieve", [taskId: string]>;
  };
  /** `core` operations. */
  readonly core: {
    /**
     * Pass-through request
     *
     * Sends a request to the upstream service's own API with the account's credentials (Kloudless adds
     * them and refreshes expired upstream tokens). The request to Kloudless is always a POST;
     * `X-Kloudless-Raw-Method` and `X-Kloudless-Raw-URI` name the upstream method and path (or full
     * URL). The body and the query string are forwarded to the upstream call as they are. The upstream
     * answer (status, headers, body) comes back as is; an upstream error carries the upstream
     * service's own body, errors raised by Kloudless itself the Kloudless error body.
     *
     * `POST /accounts/{account_id}/raw`
     *
     * Parameters:
     * - `headers["X-Kloudless-Raw-Method"]`: HTTP method of the upstream request.
     * - `headers["X-Kloudless-Raw-URI"]`: Upstream path (such as `/drive/v3/files`) or full upstream
     *   URL.
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/core/core.raw
     */
    raw: Method<"core.raw", []>;
    /**
     * Encode a raw ID
     *
     * Turns an upstream (raw) ID into the Kloudless ID of that object for this account; it replaces
     * the deprecated `storage/convert_id`.
     *
     * `POST /accounts/{account_id}/encode_raw_id`
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/core/core.encodeRawId
     */
    encodeRawId: Method<"core.encodeRawId", []>;
  };
  /** `accounts` operations. */
  readonly accounts: {
    /**
     * Retrieve an account
     *
     * Returns one connected account (`me` = the account of the Bearer token).
     *
     * `GET /accounts/{account_id}`
     *
     * Parameters:
     * - `params.retrieve_full`: When `false`, the lighter account object is returned.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/accounts/accounts.retrieve
     */
    retrieve: Method<"accounts.retrieve", []>;
    /**
     * Delete an account
     *
     * Disconnects the account from the application; a later retrieve returns 404.
     *
     * `DELETE /accounts/{account_id}`
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/accounts/accounts.delete
     */
    delete: Method<"accounts.delete", []>;
    /**
     * Update an account
     *
     * Changes an account's `active` flag, display name, Google Drive `monitor_team_drives`, custom
     * properties, or (for imported accounts) its upstream credentials.
     *
     * `PATCH /accounts/{account_id}`
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/accounts/accounts.update
     */
    update: Method<"accounts.update", []>;
  };
  /** `storage` operations. */
  readonly storage: {
    /** `storage.files` operations. */
    readonly files: {
      /**
       * Upload a file
       *
       * Uploads a new file, either as raw bytes (`application/octet-stream`, with the
       * `X-Kloudless-Metadata` header naming the file and its parent folder) or from a URL
       * (`application/json` body `{url, parent_id, name}`, which Kloudless downloads itself). v1 no
       * longer accepts multipart/form-data. For large files use a multipart upload session.
       *
       * `POST /accounts/{account_id}/storage/files`
       *
       * Served by the runtime helper `uploadFile` (`x-kloudless-helper`); the plain operation stays
       * reachable through the typed path call.
       *
       * Parameters:
       * - `params.overwrite`: `true`: replace the first file with the same name in the folder. `false`:
       *   a name clash gets an automatically renamed file.
       * - `headers["X-Kloudless-Metadata"]`: JSON object `{"name": "<file name>", "parent_id": "<folder
       *   id or root>"}` (both strings) describing an uploaded file. Required with an
       *   `application/octet-stream` body; not used with an `application/json` (upload from URL) body,
       *   hence not required here.
       * - `headers["X-Kloudless-Async"]`: When `true`, the request runs asynchronously and a Task is
       *   returned.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.upload
       */
      upload: Method<"storage.files.upload", [], "uploadFile">;
      /**
       * Create an upload URL
       *
       * Returns a URL that the file can be uploaded to directly at the storage service (tested on s3).
       *
       * `POST /accounts/{account_id}/storage/files/upload_url`
       *
       * Parameters:
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.createUploadUrl
       */
      createUploadUrl: Method<"storage.files.createUploadUrl", []>;
      /**
       * Retrieve a file's metadata
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.retrieve
       */
      retrieve: Method<"storage.files.retrieve", [fileId: string]>;
      /**
       * Replace a file's contents
       *
       * Uploads new bytes for an existing file; name and location stay the same.
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.updateContents
       */
      updateContents: Method<"storage.files.updateContents", [fileId: string]>;
      /**
       * Delete a file
       *
       * Deletes the file.
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `params.permanent`: Delete permanently instead of moving to the trash.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.delete
       */
      delete: Method<"storage.files.delete", [fileId: string]>;
      /**
       * Rename or move a file
       *
       * Renames the file (`name`), moves it to another folder (`parent_id`) or to another account
       * (`account`). A move across accounts answers with the new file object.
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.update
       */
      update: Method<"storage.files.update", [fileId: string]>;
      /**
       * Download a file
       *
       * Returns the file's bytes. The response's `Content-Type` follows the file (for example
       * `image/png`): read the body as binary whatever the content type. The request may be redirected
       * to the storage service.
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/contents`
       *
       * Served by the runtime helper `downloadFile` (`x-kloudless-helper`); the plain operation stays
       * reachable through the typed path call.
       *
       * Parameters:
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.download
       */
      download: Method<"storage.files.download", [], "downloadFile">;
      /**
       * Copy a file
       *
       * Copies the file into the folder `parent_id`, optionally under a new `name` or into another
       * `account`, or into an upload location of the application (`account: upload_location`).
       *
       * `POST /accounts/{account_id}/storage/files/{file_id}/copy`
       *
       * Parameters:
       * - `fileId`: Kloudless ID of the file to copy.
       * - `params.return_type`: `task`: run the copy asynchronously and answer with a Task (202), as
       *   `X-Kloudless-Async: true` does.
       * - `params.link`: Also create a Kloudless link to the copy; its URL is returned as `link`.
       * - `params.link_options`: With `link=true`: JSON object of the new link's fields (`direct`,
       *   `password`, `expiration`, `active`, as for `storage.links.create`).
       * - `headers["X-Kloudless-Async"]`: When `true`, the request runs asynchronously and a Task is
       *   returned.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.copy
       */
      copy: Method<"storage.files.copy", [fileId: string]>;
      /**
       * Download a thumbnail of a file
       *
       * Returns a thumbnail image of the file.
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/thumbnail`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `params.size`: Width/height of the thumbnail in pixels.
       * - `params.image_format`: Image format of the thumbnail; without it the service's own choice.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.thumbnail
       */
      thumbnail: Method<"storage.files.thumbnail", [fileId: string]>;
      /**
       * List a file's service-level links
       *
       * Lists the share links that the upstream service keeps for the file (not Kloudless links; see
       * `storage.links`).
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/links`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.listServiceLinks
       */
      listServiceLinks: Method<"storage.files.listServiceLinks", [fileId: string]>;
      /**
       * List a file's permissions
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/permissions`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.listPermissions
       */
      listPermissions: Method<"storage.files.listPermissions", [fileId: string]>;
      /**
       * Replace a file's permissions
       *
       * Replaces the file's sharing list with the given entries. The owner is kept; an empty array
       * removes every other entry.
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}/permissions`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.setPermissions
       */
      setPermissions: Method<"storage.files.setPermissions", [fileId: string]>;
      /**
       * Add or change a file's permissions
       *
       * Adds the given entries to the file's sharing list or changes their roles.
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/permissions`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.updatePermissions
       */
      updatePermissions: Method<"storage.files.updatePermissions", [fileId: string]>;
      /**
       * List a file's properties
       *
       * Lists the custom key/value properties of the file.
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/properties`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.listProperties
       */
      listProperties: Method<"storage.files.listProperties", [fileId: string]>;
      /**
       * Delete all of a file's properties
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}/properties`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.deleteProperties
       */
      deleteProperties: Method<"storage.files.deleteProperties", [fileId: string]>;
      /**
       * Add, change or remove a file's properties
       *
       * Applies the given changes: a `value` of null deletes that key, any other value adds or updates
       * it. The answer holds the remaining properties.
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/properties`
       *
       * Parameters:
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.updateProperties
       */
      updateProperties: Method<"storage.files.updateProperties", [fileId: string]>;
    };
    /** `storage.folders` operations. */
    readonly folders: {
      /**
       * Create a folder
       *
       * Creates a folder named `name` in `parent_id`. With `conflict_if_exists=true` an existing folder
       * of that name is a 409 `naming_conflict`; otherwise the existing folder is returned.
       *
       * `POST /accounts/{account_id}/storage/folders`
       *
       * Parameters:
       * - `params.conflict_if_exists`: `true`: answer 409 if a folder with this name already exists.
       *   `false`: return the existing folder.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.create
       */
      create: Method<"storage.folders.create", []>;
      /**
       * Retrieve a folder's metadata
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}`
       *
       * Parameters:
       * - `folderId`: Kloudless folder ID, or `root` for the root folder.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.retrieve
       */
      retrieve: Method<"storage.folders.retrieve", [folderId: string]>;
      /**
       * Delete a folder
       *
       * Deletes the folder. A folder that is not empty needs `recursive=true`, otherwise the answer is
       * 403 `folder_not_empty`.
       *
       * `DELETE /accounts/{account_id}/storage/folders/{folder_id}`
       *
       * Parameters:
       * - `folderId`: Kloudless folder ID, or `root` for the root folder.
       * - `params.recursive`: Delete the folder's contents too (needed for a non-empty folder).
       * - `params.permanent`: Delete permanently instead of moving to the trash.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.delete
       */
      delete: Method<"storage.folders.delete", [folderId: string]>;
      /**
       * Rename or move a folder
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}`
       *
       * Parameters:
       * - `folderId`: Kloudless folder ID, or `root` for the root folder.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.update
       */
      update: Method<"storage.folders.update", [folderId: string]>;
      /**
       * List a folder's contents
       *
       * Lists the files and folders in the folder, one page at a time; pass the previous response's
       * `next_page` as `page` until it is null. With `recursive=true` everything below the folder is
       * listed.
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/contents`
       *
       * Parameters:
       * - `folderId`: Kloudless folder ID, or `root` for the root folder.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.recursive`: List every item below the folder, not only its direct children.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.listContents
       */
      listContents: Method<"storage.folders.listContents", [folderId: string]>;
      /**
       * Copy a folder
       *
       * Copies the folder and its contents into `parent_id`, optionally under a new `name`. Folder
       * copies can take long and are usually sent with `X-Kloudless-Async: true`.
       *
       * `POST /accounts/{account_id}/storage/folders/{folder_id}/copy`
       *
       * Parameters:
       * - `folderId`: Kloudless ID of the folder to copy.
       * - `params.return_type`: `task`: run the copy asynchronously and answer with a Task (202), as
       *   `X-Kloudless-Async: true` does.
       * - `headers["X-Kloudless-Async"]`: When `true`, the request runs asynchronously and a Task is
       *   returned.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.copy
       */
      copy: Method<"storage.folders.copy", [folderId: string]>;
      /**
       * List a folder's service-level links
       *
       * Lists the share links that the upstream service keeps for the folder.
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/links`
       *
       * Parameters:
       * - `folderId`: Kloudless folder ID, or `root` for the root folder.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.listServiceLinks
       */
      listServiceLinks: Method<"storage.folders.listServiceLinks", [folderId: string]>;
      /**
       * List a folder's permissions
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       *
       * Parameters:
       * - `folderId`: Kloudless folder ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.listPermissions
       */
      listPermissions: Method<"storage.folders.listPermissions", [folderId: string]>;
      /**
       * Replace a folder's permissions
       *
       * Replaces the folder's sharing list with the given entries. The owner is kept; an empty array
       * removes every other entry.
       *
       * `PUT /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       *
       * Parameters:
       * - `folderId`: Kloudless folder ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.setPermissions
       */
      setPermissions: Method<"storage.folders.setPermissions", [folderId: string]>;
      /**
       * Add or change a folder's permissions
       *
       * Adds the given entries to the folder's sharing list or changes their roles.
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       *
       * Parameters:
       * - `folderId`: Kloudless folder ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.updatePermissions
       */
      updatePermissions: Method<"storage.folders.updatePermissions", [folderId: string]>;
    };
    /** `storage.multipart` operations. */
    readonly multipart: {
      /**
       * Initialize a multipart upload session
       *
       * Starts a multipart upload of a large file. Upload the parts with `storage.multipart.uploadPart`
       * (each exactly `part_size` bytes except the last; in parallel only when `parallel_uploads` is
       * true), then call `storage.multipart.complete`.
       *
       * `POST /accounts/{account_id}/storage/multipart`
       *
       * Parameters:
       * - `params.overwrite`: `true`: replace the first file with the same name in the folder. `false`:
       *   a name clash gets an automatically renamed file.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.multipart.init
       */
      init: Method<"storage.multipart.init", []>;
      /**
       * Retrieve a multipart upload session
       *
       * `GET /accounts/{account_id}/storage/multipart/{multipart_id}`
       *
       * Parameters:
       * - `multipartId`: Multipart session ID as returned in the session's `id`.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.multipart.retrieve
       */
      retrieve: Method<"storage.multipart.retrieve", [multipartId: string]>;
      /**
       * Upload one part
       *
       * Uploads part `part_number` (from 1) of the file. Every part except the last must be exactly
       * `part_size` bytes.
       *
       * `PUT /accounts/{account_id}/storage/multipart/{multipart_id}`
       *
       * Parameters:
       * - `multipartId`: Multipart session ID as returned in the session's `id`.
       * - `params.part_number`: Number of the part, starting at 1.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.multipart.uploadPart
       */
      uploadPart: Method<"storage.multipart.uploadPart", [multipartId: string]>;
      /**
       * Abort a multipart upload session
       *
       * `DELETE /accounts/{account_id}/storage/multipart/{multipart_id}`
       *
       * Parameters:
       * - `multipartId`: Multipart session ID as returned in the session's `id`.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.multipart.abort
       */
      abort: Method<"storage.multipart.abort", [multipartId: string]>;
      /**
       * Finalize a multipart upload session
       *
       * Assembles the uploaded parts into the file. No request body.
       *
       * `POST /accounts/{account_id}/storage/multipart/{multipart_id}/complete`
       *
       * Parameters:
       * - `multipartId`: Multipart session ID as returned in the session's `id`.
       * - `params.overwrite`: `true`: replace the first file with the same name in the folder. `false`:
       *   a name clash gets an automatically renamed file.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.multipart.complete
       */
      complete: Method<"storage.multipart.complete", [multipartId: string]>;
    };
    /** `storage.links` operations. */
    readonly links: {
      /**
       * List links
       *
       * Lists the Kloudless links of the account (several comma-separated account IDs are accepted).
       *
       * `GET /accounts/{account_id}/storage/links`
       *
       * Parameters:
       * - `params.page`: Page number, starting at 1.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.active`: Only active (`true`) or only inactive (`false`) links.
       * - `params.ordering`: Name of the field to sort by (such as `created`); prefix `-` for
       *   descending.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.links.list
       */
      list: Method<"storage.links.list", []>;
      /**
       * Create a link
       *
       * Creates a Kloudless link to a file. An unknown `file_id` is a 4xx error.
       *
       * `POST /accounts/{account_id}/storage/links`
       *
       * Parameters:
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.links.create
       */
      create: Method<"storage.links.create", []>;
      /**
       * Retrieve a link
       *
       * `GET /accounts/{account_id}/storage/links/{link_id}`
       *
       * Parameters:
       * - `linkId`: Link ID.
       * - `params.active`: Only find the link if it is active (`true`) or inactive (`false`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.links.retrieve
       */
      retrieve: Method<"storage.links.retrieve", [linkId: string]>;
      /**
       * Delete a link
       *
       * `DELETE /accounts/{account_id}/storage/links/{link_id}`
       *
       * Parameters:
       * - `linkId`: Link ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.links.delete
       */
      delete: Method<"storage.links.delete", [linkId: string]>;
      /**
       * Update a link
       *
       * `PATCH /accounts/{account_id}/storage/links/{link_id}`
       *
       * Parameters:
       * - `linkId`: Link ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.links.update
       */
      update: Method<"storage.links.update", [linkId: string]>;
    };
    /**
     * Search files and folders
     *
     * Searches names and, where the service supports it, contents (several comma-separated account IDs
     * are accepted). An empty `q` is a 400 `invalid_parameters`. Some services index new files slowly.
     *
     * `GET /accounts/{account_id}/storage/search`
     *
     * Parameters:
     * - `params.q`: The search query.
     * - `params.lang`: Query language: `keyword` (the service's normal search), `raw` (the service's
     *   own query language) or `cmis` (a CMIS query).
     * - `params.parents`: Comma-separated IDs of the folders to search in.
     * - `params.page`: Page number, starting at 1.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
     *   service's object under `raw` (`raw.object`).
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
     *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
     *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/storage/storage.search
     */
    search: Method<"storage.search", []>;
    /**
     * List recently modified files
     *
     * Lists recently modified files, newest first (several comma-separated account IDs are accepted).
     *
     * `GET /accounts/{account_id}/storage/recent`
     *
     * Parameters:
     * - `params.page`: Page number, starting at 1.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     * - `params.after`: Only files modified after this time (ISO 8601).
     * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
     *   service's object under `raw` (`raw.object`).
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
     *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
     *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/storage/storage.recent
     */
    recent: Method<"storage.recent", []>;
    /**
     * Retrieve the storage quota
     *
     * Returns the account's storage quota.
     *
     * `GET /accounts/{account_id}/storage/quota`
     *
     * Parameters:
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
     *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
     *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/storage/storage.quota
     */
    quota: Method<"storage.quota", []>;
    /**
     * Convert an upstream ID into a Kloudless ID
     *
     * Deprecated in favour of `core.encodeRawId`. Turns the upstream `raw_id` of a file or folder into
     * its Kloudless ID.
     *
     * `POST /accounts/{account_id}/storage/convert_id`
     *
     * Parameters:
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
     *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
     *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/storage/storage.convertId
     */
    convertId: Method<"storage.convertId", []>;
  };
  /** `events` operations. */
  readonly events: {
    /**
     * List events
     *
     * Returns the next batch of activity events of the account. Event collection must be switched on
     * for the application; events are not backfilled. Pass the `cursor` of the previous response to
     * continue; the stream is done when the response has no cursor, the cursor `-1`, or no objects.
     * Either `cursor` or `from` (with optional `until`) selects the start, not both. Older docs keep
     * up to 10,000 events of the last 24 hours. `page_size` (1 to 1000) is advisory and a value out of
     * range is rejected with 400.
     *
     * `GET /accounts/{account_id}/events`
     *
     * Parameters:
     * - `params.cursor`: Cursor from the previous response (or from `events.latestCursor`);
     *   `after-auth` returns every event since the account was connected; an `upstream_cursor` value
     *   is accepted too. Cannot be combined with `from` or `until`.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     * - `params.from`: Inclusive lower bound (ISO 8601) of the time of the events; usable alone. Later
     *   cursors stay inside the range of the first request.
     * - `params.until`: Exclusive upper bound (ISO 8601) of the time of the events; only together with
     *   `from`.
     * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
     *   service's object under `raw` (`raw.object`).
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/events/events.list
     */
    list: Method<"events.list", []>;
    /**
     * Retrieve the latest cursor
     *
     * Returns the cursor of the latest event, so that a following `events.list` only returns events
     * that happen after this call.
     *
     * `GET /accounts/{account_id}/events/latest`
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/events/events.latestCursor
     */
    latestCursor: Method<"events.latestCursor", []>;
  };
  /** `calendar` operations. */
  readonly calendar: {
    /** `calendar.calendars` operations. */
    readonly calendars: {
      /**
       * List calendars
       *
       * Lists the calendars of the account, paged by token.
       *
       * `GET /accounts/{account_id}/cal/calendars`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.calendars.list
       */
      list: Method<"calendar.calendars.list", []>;
      /**
       * Create a calendar
       *
       * Creates a calendar and returns it.
       *
       * `POST /accounts/{account_id}/cal/calendars`
       *
       * Parameters:
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.calendars.create
       */
      create: Method<"calendar.calendars.create", []>;
      /**
       * Retrieve a calendar
       *
       * Returns one calendar.
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}`
       *
       * Parameters:
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar (the
       *   response carries the real ID).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.calendars.retrieve
       */
      retrieve: Method<"calendar.calendars.retrieve", [calendarId: string]>;
      /**
       * Delete a calendar
       *
       * Deletes a calendar.
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}`
       *
       * Parameters:
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar (the
       *   response carries the real ID).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.calendars.delete
       */
      delete: Method<"calendar.calendars.delete", [calendarId: string]>;
      /**
       * Update a calendar
       *
       * Changes the given attributes of a calendar and returns it.
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}`
       *
       * Parameters:
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar (the
       *   response carries the real ID).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.calendars.update
       */
      update: Method<"calendar.calendars.update", [calendarId: string]>;
    };
    /** `calendar.events` operations. */
    readonly events: {
      /**
       * List events
       *
       * Lists the events of a calendar between `start` and `end`, paged by token. With the defaults
       * (epoch to now) future events are left out: pass `end` to see them. For Google Calendar the list
       * does not populate `recurrence`; retrieve the event to read it.
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       *
       * Parameters:
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar
       *   (responses carry the real ID).
       * - `params.start`: Lower bound (ISO 8601), compared with each event's start time. Defaults to the
       *   epoch, `1970-01-01T00:00:00Z`.
       * - `params.end`: Upper bound (ISO 8601), compared with each event's end time. Defaults to the
       *   current UTC time. Required by Outlook Calendar.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.instances`: ID of a recurring event: lists the occurrences of that series.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.events.list
       */
      list: Method<"calendar.events.list", [calendarId: string]>;
      /**
       * Create an event
       *
       * Creates an event on the calendar and returns it. Attendees given here are invited. Upstream-only
       * attributes go in `raw.object`.
       *
       * `POST /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       *
       * Parameters:
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar
       *   (responses carry the real ID).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.events.create
       */
      create: Method<"calendar.events.create", [calendarId: string]>;
      /**
       * Retrieve an event
       *
       * Returns one event, including `recurrence` (which the Google Calendar list leaves out).
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       *
       * Parameters:
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar
       *   (responses carry the real ID).
       * - `eventId`: Opaque event ID.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.events.retrieve
       */
      retrieve: Method<"calendar.events.retrieve", [calendarId: string, eventId: string]>;
      /**
       * Delete an event
       *
       * Deletes an event.
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       *
       * Parameters:
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar
       *   (responses carry the real ID).
       * - `eventId`: Opaque event ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.events.delete
       */
      delete: Method<"calendar.events.delete", [calendarId: string, eventId: string]>;
      /**
       * Update an event
       *
       * Changes the given attributes of an event and returns it; list attributes are replaced whole.
       * Updating an instance of a series changes only that instance; to change the whole series, update
       * the event named by `recurring_master_id`.
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       *
       * Parameters:
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar
       *   (responses carry the real ID).
       * - `eventId`: Opaque event ID.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.events.update
       */
      update: Method<"calendar.events.update", [calendarId: string, eventId: string]>;
    };
    /**
     * Find availability
     *
     * Finds the time windows in which every given calendar is free for a meeting of the given
     * duration. Several accounts can be checked at once with a comma-separated `account_id`
     * (`/accounts/1,2/cal/availability`, one Bearer token per account).
     *
     * `POST /accounts/{account_id}/cal/availability`
     *
     * Parameters:
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
     *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
     *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/calendar/calendar.findAvailability
     */
    findAvailability: Method<"calendar.findAvailability", []>;
  };
  /** `team` operations. */
  readonly team: {
    /** `team.users` operations. */
    readonly users: {
      /**
       * List users
       *
       * Lists the users of the team. Only for admin accounts with team access; other accounts get 403
       * `forbidden`. Supported by box, dropbox, egnyte, exchange, exchange_email, gdrive,
       * google_calendar, gmail, onedrivebiz, outlook_calendar, outlook_email, s3, salesforce,
       * sharepoint, slack and ms_teams. The user IDs feed `X-Kloudless-As-User`.
       *
       * `GET /accounts/{account_id}/team/users`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.users.list
       */
      list: Method<"team.users.list", []>;
      /**
       * Retrieve a user
       *
       * Returns one user of the team. Admin accounts only.
       *
       * `GET /accounts/{account_id}/team/users/{user_id}`
       *
       * Parameters:
       * - `userId`: Upstream user ID (from `team.users.list`).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.users.retrieve
       */
      retrieve: Method<"team.users.retrieve", [userId: string]>;
      /**
       * List a user's groups
       *
       * Lists the groups the user belongs to. Admin accounts only.
       *
       * `GET /accounts/{account_id}/team/users/{user_id}/memberships`
       *
       * Parameters:
       * - `userId`: Upstream user ID (from `team.users.list`).
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.users.listMemberships
       */
      listMemberships: Method<"team.users.listMemberships", [userId: string]>;
    };
    /** `team.groups` operations. */
    readonly groups: {
      /**
       * List groups
       *
       * Lists the groups of the team. Admin accounts only; other accounts get 403 `forbidden` ("Only
       * administrators...").
       *
       * `GET /accounts/{account_id}/team/groups`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.groups.list
       */
      list: Method<"team.groups.list", []>;
      /**
       * Retrieve a group
       *
       * Returns one group of the team. Admin accounts only.
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}`
       *
       * Parameters:
       * - `groupId`: Upstream group ID (from `team.groups.list`).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.groups.retrieve
       */
      retrieve: Method<"team.groups.retrieve", [groupId: string]>;
      /**
       * List a group's members
       *
       * Lists the users of a group. Admin accounts only.
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}/members`
       *
       * Parameters:
       * - `groupId`: Upstream group ID (from `team.groups.list`).
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.groups.listMembers
       */
      listMembers: Method<"team.groups.listMembers", [groupId: string]>;
    };
  };
  /** `crm` operations. */
  readonly crm: {
    /** `crm.accounts` operations. */
    readonly accounts: {
      /**
       * List CRM accounts
       *
       * Lists the CRM accounts of the connected account, paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/accounts`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.accounts.list
       */
      list: Method<"crm.accounts.list", []>;
      /**
       * Create a CRM account
       *
       * Creates a CRM account and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/accounts`
       *
       * Parameters:
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.accounts.create
       */
      create: Method<"crm.accounts.create", []>;
      /**
       * Retrieve a CRM account
       *
       * Returns one CRM account.
       *
       * `GET /accounts/{account_id}/crm/accounts/{crm_account_id}`
       *
       * Parameters:
       * - `crmAccountId`: ID of the CRM account (a company or organization record, not the connected
       *   Kloudless account).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.accounts.retrieve
       */
      retrieve: Method<"crm.accounts.retrieve", [crmAccountId: string]>;
      /**
       * Delete a CRM account
       *
       * Deletes a CRM account.
       *
       * `DELETE /accounts/{account_id}/crm/accounts/{crm_account_id}`
       *
       * Parameters:
       * - `crmAccountId`: ID of the CRM account (a company or organization record, not the connected
       *   Kloudless account).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.accounts.delete
       */
      delete: Method<"crm.accounts.delete", [crmAccountId: string]>;
      /**
       * Update a CRM account
       *
       * Changes the given fields of a CRM account and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/accounts/{crm_account_id}`
       *
       * Parameters:
       * - `crmAccountId`: ID of the CRM account (a company or organization record, not the connected
       *   Kloudless account).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.accounts.update
       */
      update: Method<"crm.accounts.update", [crmAccountId: string]>;
    };
    /** `crm.contacts` operations. */
    readonly contacts: {
      /**
       * List contacts
       *
       * Lists the contacts of the connected account, paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/contacts`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.account`: Only the contacts of this CRM account (its ID). Supported by `hubspot`.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.contacts.list
       */
      list: Method<"crm.contacts.list", []>;
      /**
       * Create a contact
       *
       * Creates a contact and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/contacts`
       *
       * Parameters:
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.contacts.create
       */
      create: Method<"crm.contacts.create", []>;
      /**
       * Retrieve a contact
       *
       * Returns one contact.
       *
       * `GET /accounts/{account_id}/crm/contacts/{contact_id}`
       *
       * Parameters:
       * - `contactId`: ID of the contact.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.contacts.retrieve
       */
      retrieve: Method<"crm.contacts.retrieve", [contactId: string]>;
      /**
       * Delete a contact
       *
       * Deletes a contact.
       *
       * `DELETE /accounts/{account_id}/crm/contacts/{contact_id}`
       *
       * Parameters:
       * - `contactId`: ID of the contact.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.contacts.delete
       */
      delete: Method<"crm.contacts.delete", [contactId: string]>;
      /**
       * Update a contact
       *
       * Changes the given fields of a contact and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/contacts/{contact_id}`
       *
       * Parameters:
       * - `contactId`: ID of the contact.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.contacts.update
       */
      update: Method<"crm.contacts.update", [contactId: string]>;
    };
    /** `crm.leads` operations. */
    readonly leads: {
      /**
       * List leads
       *
       * Lists the leads of the connected account, paged by token (`page_size` 1-1000, 100 by default).
       *
       * `GET /accounts/{account_id}/crm/leads`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.leads.list
       */
      list: Method<"crm.leads.list", []>;
      /**
       * Create a lead
       *
       * Creates a lead and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/leads`
       *
       * Parameters:
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.leads.create
       */
      create: Method<"crm.leads.create", []>;
      /**
       * Retrieve a lead
       *
       * Returns one lead.
       *
       * `GET /accounts/{account_id}/crm/leads/{lead_id}`
       *
       * Parameters:
       * - `leadId`: ID of the lead.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.leads.retrieve
       */
      retrieve: Method<"crm.leads.retrieve", [leadId: string]>;
      /**
       * Delete a lead
       *
       * Deletes a lead.
       *
       * `DELETE /accounts/{account_id}/crm/leads/{lead_id}`
       *
       * Parameters:
       * - `leadId`: ID of the lead.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.leads.delete
       */
      delete: Method<"crm.leads.delete", [leadId: string]>;
      /**
       * Update a lead
       *
       * Changes the given fields of a lead and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/leads/{lead_id}`
       *
       * Parameters:
       * - `leadId`: ID of the lead.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.leads.update
       */
      update: Method<"crm.leads.update", [leadId: string]>;
    };
    /** `crm.opportunities` operations. */
    readonly opportunities: {
      /**
       * List opportunities
       *
       * Lists the opportunities of the connected account, paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/opportunities`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.account`: Only the opportunities of this CRM account (its ID). Supported by `hubspot`.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.opportunities.list
       */
      list: Method<"crm.opportunities.list", []>;
      /**
       * Create an opportunity
       *
       * Creates an opportunity and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/opportunities`
       *
       * Parameters:
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.opportunities.create
       */
      create: Method<"crm.opportunities.create", []>;
      /**
       * Retrieve an opportunity
       *
       * Returns one opportunity.
       *
       * `GET /accounts/{account_id}/crm/opportunities/{opportunity_id}`
       *
       * Parameters:
       * - `opportunityId`: ID of the opportunity.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.opportunities.retrieve
       */
      retrieve: Method<"crm.opportunities.retrieve", [opportunityId: string]>;
      /**
       * Delete an opportunity
       *
       * Deletes an opportunity.
       *
       * `DELETE /accounts/{account_id}/crm/opportunities/{opportunity_id}`
       *
       * Parameters:
       * - `opportunityId`: ID of the opportunity.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.opportunities.delete
       */
      delete: Method<"crm.opportunities.delete", [opportunityId: string]>;
      /**
       * Update an opportunity
       *
       * Changes the given fields of an opportunity and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/opportunities/{opportunity_id}`
       *
       * Parameters:
       * - `opportunityId`: ID of the opportunity.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.opportunities.update
       */
      update: Method<"crm.opportunities.update", [opportunityId: string]>;
    };
    /** `crm.campaigns` operations. */
    readonly campaigns: {
      /**
       * List campaigns
       *
       * Lists the campaigns of the connected account, paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/campaigns`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.campaigns.list
       */
      list: Method<"crm.campaigns.list", []>;
      /**
       * Create a campaign
       *
       * Creates a campaign and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/campaigns`
       *
       * Parameters:
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.campaigns.create
       */
      create: Method<"crm.campaigns.create", []>;
      /**
       * Retrieve a campaign
       *
       * Returns one campaign.
       *
       * `GET /accounts/{account_id}/crm/campaigns/{campaign_id}`
       *
       * Parameters:
       * - `campaignId`: ID of the campaign.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.campaigns.retrieve
       */
      retrieve: Method<"crm.campaigns.retrieve", [campaignId: string]>;
      /**
       * Delete a campaign
       *
       * Deletes a campaign.
       *
       * `DELETE /accounts/{account_id}/crm/campaigns/{campaign_id}`
       *
       * Parameters:
       * - `campaignId`: ID of the campaign.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.campaigns.delete
       */
      delete: Method<"crm.campaigns.delete", [campaignId: string]>;
      /**
       * Update a campaign
       *
       * Changes the given fields of a campaign and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/campaigns/{campaign_id}`
       *
       * Parameters:
       * - `campaignId`: ID of the campaign.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.campaigns.update
       */
      update: Method<"crm.campaigns.update", [campaignId: string]>;
    };
    /** `crm.tasks` operations. */
    readonly tasks: {
      /**
       * List CRM tasks
       *
       * Lists the CRM tasks of the connected account, paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/tasks`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.tasks.list
       */
      list: Method<"crm.tasks.list", []>;
      /**
       * Create a CRM task
       *
       * Creates a CRM task and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/tasks`
       *
       * Parameters:
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.tasks.create
       */
      create: Method<"crm.tasks.create", []>;
      /**
       * Retrieve a CRM task
       *
       * Returns one CRM task.
       *
       * `GET /accounts/{account_id}/crm/tasks/{task_id}`
       *
       * Parameters:
       * - `taskId`: ID of the CRM task (an activity record of the CRM, not an asynchronous Kloudless
       *   task).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.tasks.retrieve
       */
      retrieve: Method<"crm.tasks.retrieve", [taskId: string]>;
      /**
       * Delete a CRM task
       *
       * Deletes a CRM task.
       *
       * `DELETE /accounts/{account_id}/crm/tasks/{task_id}`
       *
       * Parameters:
       * - `taskId`: ID of the CRM task (an activity record of the CRM, not an asynchronous Kloudless
       *   task).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.tasks.delete
       */
      delete: Method<"crm.tasks.delete", [taskId: string]>;
      /**
       * Update a CRM task
       *
       * Changes the given fields of a CRM task and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/tasks/{task_id}`
       *
       * Parameters:
       * - `taskId`: ID of the CRM task (an activity record of the CRM, not an asynchronous Kloudless
       *   task).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.tasks.update
       */
      update: Method<"crm.tasks.update", [taskId: string]>;
    };
    /** `crm.objects` operations. */
    readonly objects: {
      /**
       * List objects of an upstream type
       *
       * Lists the objects of any upstream type (`raw_type`), paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/objects`
       *
       * Parameters:
       * - `params.raw_type`: The upstream object type, as the service names it (Salesforce: `Account`,
       *   `Contact`, `Product2`, ...).
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.objects.list
       */
      list: Method<"crm.objects.list", []>;
      /**
       * Create an object of an upstream type
       *
       * Creates an object of the upstream type `raw_type` from the given fields and returns it.
       *
       * `POST /accounts/{account_id}/crm/objects`
       *
       * Parameters:
       * - `params.raw_type`: The upstream object type, as the service names it (Salesforce: `Account`,
       *   `Contact`, `Product2`, ...).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.objects.create
       */
      create: Method<"crm.objects.create", []>;
      /**
       * Retrieve an object of an upstream type
       *
       * Returns one object of the upstream type `raw_type`.
       *
       * `GET /accounts/{account_id}/crm/objects/{object_id}`
       *
       * Parameters:
       * - `objectId`: ID of the object.
       * - `params.raw_type`: The upstream object type, as the service names it (Salesforce: `Account`,
       *   `Contact`, `Product2`, ...).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.objects.retrieve
       */
      retrieve: Method<"crm.objects.retrieve", [objectId: string]>;
      /**
       * Delete an object of an upstream type
       *
       * Deletes an object of the upstream type `raw_type`.
       *
       * `DELETE /accounts/{account_id}/crm/objects/{object_id}`
       *
       * Parameters:
       * - `objectId`: ID of the object.
       * - `params.raw_type`: The upstream object type, as the service names it (Salesforce: `Account`,
       *   `Contact`, `Product2`, ...).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.objects.delete
       */
      delete: Method<"crm.objects.delete", [objectId: string]>;
      /**
       * Update an object of an upstream type
       *
       * Changes the given fields of an object of the upstream type `raw_type` and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/objects/{object_id}`
       *
       * Parameters:
       * - `objectId`: ID of the object.
       * - `params.raw_type`: The upstream object type, as the service names it (Salesforce: `Account`,
       *   `Contact`, `Product2`, ...).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.objects.update
       */
      update: Method<"crm.objects.update", [objectId: string]>;
    };
    /**
     * Search CRM objects
     *
     * Searches the CRM with a query in the service's language: `SOQL` for Salesforce, `KEYWORD` (plain
     * words) for the others. Paged by token.
     *
     * `GET /accounts/{account_id}/crm/search`
     *
     * Parameters:
     * - `params.q`: The search query: keywords, or a SOQL statement with `lang=SOQL`.
     * - `params.lang`: Language of `q`: `KEYWORD` (any service) or `SOQL` (Salesforce).
     * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
     *   `next_page`.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
     *   service's object under `raw` (`raw.object`).
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/crm/crm.search
     */
    search: Method<"crm.search", []>;
    /**
     * Run several CRM requests at once
     *
     * Runs a list of object requests (each naming its upstream type in `url_data.raw_type`) in one
     * call. Each request's outcome comes back under its `id`, in `responses` when it succeeded and in
     * `errors` when it failed.
     *
     * `POST /accounts/{account_id}/crm/batch`
     *
     * Parameters:
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/crm/crm.batch
     */
    batch: Method<"crm.batch", []>;
    /** `crm.schemas` operations. */
    readonly schemas: {
      /**
       * List object schemas
       *
       * Lists the upstream object types of the CRM with their fields, paged by token.
       *
       * `GET /accounts/{account_id}/crm/schemas`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.schemas.list
       */
      list: Method<"crm.schemas.list", []>;
      /**
       * Retrieve an object schema
       *
       * Returns the fields of one upstream object type.
       *
       * `GET /accounts/{account_id}/crm/schemas/{schema_id}`
       *
       * Parameters:
       * - `schemaId`: The upstream object type, e.g. `Account`.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.schemas.retrieve
       */
      retrieve: Method<"crm.schemas.retrieve", [schemaId: string]>;
    };
  };
  /** `subscriptions` operations. */
  readonly subscriptions: {
    /**
     * List subscriptions
     *
     * Lists the activity subscriptions of the account.
     *
     * `GET /accounts/{account_id}/subscriptions`
     *
     * Parameters:
     * - `params.page`: Page number, starting at 1.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/activity/subscriptions.list
     */
    list: Method<"subscriptions.list", []>;
    /**
     * Create a subscription
     *
     * Creates an activity subscription. The body may be empty: `subscription_type` defaults to
     * `changes` and no `monitored_resources` means every resource of the account. Its activity stream
     * starts at the creation: earlier changes are not part of it.
     *
     * `POST /accounts/{account_id}/subscriptions`
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/activity/subscriptions.create
     */
    create: Method<"subscriptions.create", []>;
    /**
     * Retrieve a subscription
     *
     * Returns one subscription; `default` names the account's default subscription. Subscriptions
     * cannot be updated or deleted through the API as specified: to watch other resources, create a
     * subscription with those `monitored_resources`.
     *
     * `GET /accounts/{account_id}/subscriptions/{subscription_id}`
     *
     * Parameters:
     * - `subscriptionId`: Subscription ID, or `default` for the account's default subscription.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/activity/subscriptions.retrieve
     */
    retrieve: Method<"subscriptions.retrieve", [subscriptionId: string]>;
    /**
     * List the activity of a subscription
     *
     * Returns the next batch of activity of the subscription's monitored resources. Pass the `cursor`
     * of the previous response to continue; an empty batch means nothing new yet.
     *
     * `GET /accounts/{account_id}/subscriptions/{subscription_id}/activity`
     *
     * Parameters:
     * - `subscriptionId`: Subscription ID, or `default` for the account's default subscription.
     * - `params.cursor`: Cursor from the previous response; omit it for the first batch.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
     *   service's object under `raw` (`raw.object`).
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/activity/subscriptions.listActivity
     */
    listActivity: Method<"subscriptions.listActivity", [subscriptionId: string]>;
  };
  /** `chat` operations. */
  readonly chat: {
    /** `chat.conversations` operations. */
    readonly conversations: {
      /**
       * List conversations
       *
       * Lists the conversations (channels, group and direct chats) of the account. Slack admin accounts
       * list the organization's conversations; Microsoft Teams admin accounts omit private chats between
       * other members.
       *
       * `GET /accounts/{account_id}/messaging/conversations`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page (advisory).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/chat/chat.conversations.list
       */
      list: Method<"chat.conversations.list", []>;
    };
  };
  /** `itsm` operations. */
  readonly itsm: {
    /** `itsm.incidents` operations. */
    readonly incidents: {
      /**
       * List incidents
       *
       * Lists the incidents of the account (ServiceNow).
       *
       * `GET /accounts/{account_id}/itsm/incidents`
       *
       * Parameters:
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/itsm/itsm.incidents.list
       */
      list: Method<"itsm.incidents.list", []>;
    };
  };
}

/** The methods a `Client` offers: every operation; account-scoped ones take the account ID first. */
export interface ClientMethods {
  /** `oauth` operations. */
  readonly oauth: {
    /**
     * Start the OAuth 2.0 flow (first leg)
     *
     * The URL the user's browser is sent to (a navigation, not an XHR) to connect an account.
     * Kloudless shows its service chooser and the upstream login, then redirects the browser to
     * `redirect_uri`. The SDK only builds this URL. With `response_type=code` (authorization-code
     * grant) the redirect carries `code` and `state` as query parameters, or `error` and
     * `error_description` when the user or the service refused. With `response_type=token` (implicit
     * grant) the token data is returned to the redirect URI; with
     * `redirect_uri=urn:ietf:wg:oauth:2.0:oob` (out-of-band popup of the Authenticator) the result
     * (`access_token`, `token_type`, `scope`, `state`) is delivered by `postMessage`.
     *
     * `GET /oauth`
     *
     * Parameters:
     * - `params.client_id`: Application ID (replaces the v0 `app_id`).
     * - `params.response_type`: `code` for the authorization-code grant; `token` for the implicit
     *   grant and the out-of-band popup flow.
     * - `params.redirect_uri`: Where the browser returns; must be one of the application's configured
     *   Redirect URIs. `urn:ietf:wg:oauth:2.0:oob` selects the out-of-band popup flow.
     * - `params.scope`: Space-delimited Kloudless scopes: `all`/`any`, API categories (`storage`,
     *   `calendar`, ...), service IDs (`box dropbox`), or the full form
     *   `<service>.<api>.<permission>`; admin connections use `:admin` (e.g. `all:admin`).
     * - `params.state`: Opaque value echoed back to the redirect URI; generate a random one and
     *   compare it on return (recommended).
     * - `params.extra_data`: JSON object (as a string, URL-encoded by the client) pre-filling fields
     *   of Kloudless' connect forms, e.g. `{"domain": "ftps://ftp.example.com:21"}`.
     * - `params.custom_properties`: JSON object (as a string) of custom data for the account.
     * - `params.origin`: Out-of-band flow only: origin of the page embedding the popup; its domain
     *   must be one of the application's Trusted Domains.
     * - `params.raw`: Parameters passed on to the upstream service's OAuth request, sent as
     *   `raw[<name>]=<value>` (e.g. `raw[login_hint]=user@example.com`).
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/oauth/oauth.authorize
     */
    authorize: Method<"oauth.authorize", []>;
    /**
     * Verify an access token
     *
     * Returns information on the Bearer token sent in `Authorization`. Check that `client_id` is your
     * Application ID before trusting a token obtained in a browser (implicit grant or popup),
     * especially before acting on that account with the API key. An invalid or unknown token is
     * answered with 400 (seen in the vendor SDKs).
     *
     * `GET /oauth/token`
     *
     * Errors:
     * - `400`: The token is invalid, revoked or unknown.
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/oauth/oauth.verifyToken
     */
    verifyToken: Method<"oauth.verifyToken", []>;
    /**
     * Exchange an authorization code for an access token
     *
     * Second leg of the authorization-code grant. The application authenticates with `client_id` and
     * `client_secret` (its API key in v1) in the form body.
     *
     * `POST /oauth/token`
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/oauth/oauth.getToken
     */
    getToken: Method<"oauth.getToken", []>;
  };
  /** `tasks` operations. */
  readonly tasks: {
    /**
     * Retrieve a task
     *
     * Returns the state of an asynchronous request. While it runs, the answer is the Task (read
     * `status ?? state`: `PENDING`, `RECEIVED`, `STARTED`, `UNKNOWN`). Once it has finished, the
     * answer is the result of the original request instead (e.g. a File or Folder); if it failed, the
     * answer is an error.
     *
     * `GET /accounts/{account_id}/tasks/{task_id}`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `taskId`: ID of the Task returned by a request sent with `X-Kloudless-Async` set to `true`.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/core/tasks.retrieve
     */
    retrieve: Method<"tasks.retrieve", [accountId: string | number, taskId: string]>;
  };
  /** `core` operations. */
  readonly core: {
    /**
     * Pass-through request
     *
     * Sends a request to the upstream service's own API with the account's credentials (Kloudless adds
     * them and refreshes expired upstream tokens). The request to Kloudless is always a POST;
     * `X-Kloudless-Raw-Method` and `X-Kloudless-Raw-URI` name the upstream method and path (or full
     * URL). The body and the query string are forwarded to the upstream call as they are. The upstream
     * answer (status, headers, body) comes back as is; an upstream error carries the upstream
     * service's own body, errors raised by Kloudless itself the Kloudless error body.
     *
     * `POST /accounts/{account_id}/raw`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `headers["X-Kloudless-Raw-Method"]`: HTTP method of the upstream request.
     * - `headers["X-Kloudless-Raw-URI"]`: Upstream path (such as `/drive/v3/files`) or full upstream
     *   URL.
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/core/core.raw
     */
    raw: Method<"core.raw", [accountId: string | number]>;
    /**
     * Encode a raw ID
     *
     * Turns an upstream (raw) ID into the Kloudless ID of that object for this account; it replaces
     * the deprecated `storage/convert_id`.
     *
     * `POST /accounts/{account_id}/encode_raw_id`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/core/core.encodeRawId
     */
    encodeRawId: Method<"core.encodeRawId", [accountId: string | number]>;
  };
  /** `services` operations. */
  readonly services: {
    /**
     * List services
     *
     * Lists the services Kloudless supports, with their public properties.
     *
     * `GET /public/services`
     *
     * Parameters:
     * - `params.app_id`: The application asking (the File Picker's and kloudless-js' `app_id`).
     * - `params.retrieve_properties`: Include each service's `properties` (its `capabilities`: which
     *   operations it supports).
     * - `params.apis`: Only services that support these APIs, e.g. `storage` or `storage,calendar`.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/core/services.list
     */
    list: Method<"services.list", []>;
    /**
     * Retrieve a service
     *
     * Returns the public properties of one service. No credentials are needed.
     *
     * `GET /public/services/{service_id}`
     *
     * Parameters:
     * - `serviceId`: Service identifier (its `name`), e.g. `gdrive`.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/core/services.retrieve
     */
    retrieve: Method<"services.retrieve", [serviceId: string]>;
  };
  /** `accounts` operations. */
  readonly accounts: {
    /**
     * List accounts
     *
     * With the API key, lists every account connected to the application; with a Bearer token, a list
     * holding that token's account (with several comma-separated tokens, their accounts). Older
     * responses carry only `total`, `count`, `page` and `objects`.
     *
     * `GET /accounts`
     *
     * Parameters:
     * - `params.page`: Page number, starting at 1.
     * - `params.page_size`: Accounts per page.
     * - `params.enabled`: Only accounts that are enabled (`true`) or disabled (`false`).
     * - `params.admin`: Only accounts connected through the admin flow (`true`) or not (`false`).
     * - `params.active`: Only active (`true`) or inactive (`false`) accounts. The File Picker sends
     *   `active=True` with a Bearer token to read that token's account.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/accounts/accounts.list
     */
    list: Method<"accounts.list", []>;
    /**
     * Import an account
     *
     * Creates a connected account from upstream credentials the application already holds.
     *
     * `POST /accounts`
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/accounts/accounts.import
     */
    import: Method<"accounts.import", []>;
    /**
     * Retrieve an account
     *
     * Returns one connected account (`me` = the account of the Bearer token).
     *
     * `GET /accounts/{account_id}`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `params.retrieve_full`: When `false`, the lighter account object is returned.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/accounts/accounts.retrieve
     */
    retrieve: Method<"accounts.retrieve", [accountId: string | number]>;
    /**
     * Delete an account
     *
     * Disconnects the account from the application; a later retrieve returns 404.
     *
     * `DELETE /accounts/{account_id}`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/accounts/accounts.delete
     */
    delete: Method<"accounts.delete", [accountId: string | number]>;
    /**
     * Update an account
     *
     * Changes an account's `active` flag, display name, Google Drive `monitor_team_drives`, custom
     * properties, or (for imported accounts) its upstream credentials.
     *
     * `PATCH /accounts/{account_id}`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/accounts/accounts.update
     */
    update: Method<"accounts.update", [accountId: string | number]>;
  };
  /** `storage` operations. */
  readonly storage: {
    /** `storage.files` operations. */
    readonly files: {
      /**
       * Upload a file
       *
       * Uploads a new file, either as raw bytes (`application/octet-stream`, with the
       * `X-Kloudless-Metadata` header naming the file and its parent folder) or from a URL
       * (`application/json` body `{url, parent_id, name}`, which Kloudless downloads itself). v1 no
       * longer accepts multipart/form-data. For large files use a multipart upload session.
       *
       * `POST /accounts/{account_id}/storage/files`
       *
       * Served by the runtime helper `uploadFile` (`x-kloudless-helper`); the plain operation stays
       * reachable through the typed path call.
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.overwrite`: `true`: replace the first file with the same name in the folder. `false`:
       *   a name clash gets an automatically renamed file.
       * - `headers["X-Kloudless-Metadata"]`: JSON object `{"name": "<file name>", "parent_id": "<folder
       *   id or root>"}` (both strings) describing an uploaded file. Required with an
       *   `application/octet-stream` body; not used with an `application/json` (upload from URL) body,
       *   hence not required here.
       * - `headers["X-Kloudless-Async"]`: When `true`, the request runs asynchronously and a Task is
       *   returned.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.upload
       */
      upload: Method<"storage.files.upload", [accountId: string | number], "uploadFile">;
      /**
       * Create an upload URL
       *
       * Returns a URL that the file can be uploaded to directly at the storage service (tested on s3).
       *
       * `POST /accounts/{account_id}/storage/files/upload_url`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.createUploadUrl
       */
      createUploadUrl: Method<"storage.files.createUploadUrl", [accountId: string | number]>;
      /**
       * Retrieve a file's metadata
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.retrieve
       */
      retrieve: Method<"storage.files.retrieve", [accountId: string | number, fileId: string]>;
      /**
       * Replace a file's contents
       *
       * Uploads new bytes for an existing file; name and location stay the same.
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.updateContents
       */
      updateContents: Method<"storage.files.updateContents", [accountId: string | number, fileId: string]>;
      /**
       * Delete a file
       *
       * Deletes the file.
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `params.permanent`: Delete permanently instead of moving to the trash.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.delete
       */
      delete: Method<"storage.files.delete", [accountId: string | number, fileId: string]>;
      /**
       * Rename or move a file
       *
       * Renames the file (`name`), moves it to another folder (`parent_id`) or to another account
       * (`account`). A move across accounts answers with the new file object.
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.update
       */
      update: Method<"storage.files.update", [accountId: string | number, fileId: string]>;
      /**
       * Download a file
       *
       * Returns the file's bytes. The response's `Content-Type` follows the file (for example
       * `image/png`): read the body as binary whatever the content type. The request may be redirected
       * to the storage service.
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/contents`
       *
       * Served by the runtime helper `downloadFile` (`x-kloudless-helper`); the plain operation stays
       * reachable through the typed path call.
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.download
       */
      download: Method<"storage.files.download", [accountId: string | number], "downloadFile">;
      /**
       * Copy a file
       *
       * Copies the file into the folder `parent_id`, optionally under a new `name` or into another
       * `account`, or into an upload location of the application (`account: upload_location`).
       *
       * `POST /accounts/{account_id}/storage/files/{file_id}/copy`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless ID of the file to copy.
       * - `params.return_type`: `task`: run the copy asynchronously and answer with a Task (202), as
       *   `X-Kloudless-Async: true` does.
       * - `params.link`: Also create a Kloudless link to the copy; its URL is returned as `link`.
       * - `params.link_options`: With `link=true`: JSON object of the new link's fields (`direct`,
       *   `password`, `expiration`, `active`, as for `storage.links.create`).
       * - `headers["X-Kloudless-Async"]`: When `true`, the request runs asynchronously and a Task is
       *   returned.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.copy
       */
      copy: Method<"storage.files.copy", [accountId: string | number, fileId: string]>;
      /**
       * Download a thumbnail of a file
       *
       * Returns a thumbnail image of the file.
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/thumbnail`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `params.size`: Width/height of the thumbnail in pixels.
       * - `params.image_format`: Image format of the thumbnail; without it the service's own choice.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.thumbnail
       */
      thumbnail: Method<"storage.files.thumbnail", [accountId: string | number, fileId: string]>;
      /**
       * List a file's service-level links
       *
       * Lists the share links that the upstream service keeps for the file (not Kloudless links; see
       * `storage.links`).
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/links`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.listServiceLinks
       */
      listServiceLinks: Method<"storage.files.listServiceLinks", [accountId: string | number, fileId: string]>;
      /**
       * List a file's permissions
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/permissions`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.listPermissions
       */
      listPermissions: Method<"storage.files.listPermissions", [accountId: string | number, fileId: string]>;
      /**
       * Replace a file's permissions
       *
       * Replaces the file's sharing list with the given entries. The owner is kept; an empty array
       * removes every other entry.
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}/permissions`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.setPermissions
       */
      setPermissions: Method<"storage.files.setPermissions", [accountId: string | number, fileId: string]>;
      /**
       * Add or change a file's permissions
       *
       * Adds the given entries to the file's sharing list or changes their roles.
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/permissions`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.updatePermissions
       */
      updatePermissions: Method<"storage.files.updatePermissions", [accountId: string | number, fileId: string]>;
      /**
       * List a file's properties
       *
       * Lists the custom key/value properties of the file.
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/properties`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.listProperties
       */
      listProperties: Method<"storage.files.listProperties", [accountId: string | number, fileId: string]>;
      /**
       * Delete all of a file's properties
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}/properties`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.deleteProperties
       */
      deleteProperties: Method<"storage.files.deleteProperties", [accountId: string | number, fileId: string]>;
      /**
       * Add, change or remove a file's properties
       *
       * Applies the given changes: a `value` of null deletes that key, any other value adds or updates
       * it. The answer holds the remaining properties.
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/properties`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `fileId`: Kloudless file ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.files.updateProperties
       */
      updateProperties: Method<"storage.files.updateProperties", [accountId: string | number, fileId: string]>;
    };
    /** `storage.folders` operations. */
    readonly folders: {
      /**
       * Create a folder
       *
       * Creates a folder named `name` in `parent_id`. With `conflict_if_exists=true` an existing folder
       * of that name is a 409 `naming_conflict`; otherwise the existing folder is returned.
       *
       * `POST /accounts/{account_id}/storage/folders`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.conflict_if_exists`: `true`: answer 409 if a folder with this name already exists.
       *   `false`: return the existing folder.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.create
       */
      create: Method<"storage.folders.create", [accountId: string | number]>;
      /**
       * Retrieve a folder's metadata
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `folderId`: Kloudless folder ID, or `root` for the root folder.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.retrieve
       */
      retrieve: Method<"storage.folders.retrieve", [accountId: string | number, folderId: string]>;
      /**
       * Delete a folder
       *
       * Deletes the folder. A folder that is not empty needs `recursive=true`, otherwise the answer is
       * 403 `folder_not_empty`.
       *
       * `DELETE /accounts/{account_id}/storage/folders/{folder_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `folderId`: Kloudless folder ID, or `root` for the root folder.
       * - `params.recursive`: Delete the folder's contents too (needed for a non-empty folder).
       * - `params.permanent`: Delete permanently instead of moving to the trash.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.delete
       */
      delete: Method<"storage.folders.delete", [accountId: string | number, folderId: string]>;
      /**
       * Rename or move a folder
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `folderId`: Kloudless folder ID, or `root` for the root folder.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.update
       */
      update: Method<"storage.folders.update", [accountId: string | number, folderId: string]>;
      /**
       * List a folder's contents
       *
       * Lists the files and folders in the folder, one page at a time; pass the previous response's
       * `next_page` as `page` until it is null. With `recursive=true` everything below the folder is
       * listed.
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/contents`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `folderId`: Kloudless folder ID, or `root` for the root folder.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.recursive`: List every item below the folder, not only its direct children.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.listContents
       */
      listContents: Method<"storage.folders.listContents", [accountId: string | number, folderId: string]>;
      /**
       * Copy a folder
       *
       * Copies the folder and its contents into `parent_id`, optionally under a new `name`. Folder
       * copies can take long and are usually sent with `X-Kloudless-Async: true`.
       *
       * `POST /accounts/{account_id}/storage/folders/{folder_id}/copy`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `folderId`: Kloudless ID of the folder to copy.
       * - `params.return_type`: `task`: run the copy asynchronously and answer with a Task (202), as
       *   `X-Kloudless-Async: true` does.
       * - `headers["X-Kloudless-Async"]`: When `true`, the request runs asynchronously and a Task is
       *   returned.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.copy
       */
      copy: Method<"storage.folders.copy", [accountId: string | number, folderId: string]>;
      /**
       * List a folder's service-level links
       *
       * Lists the share links that the upstream service keeps for the folder.
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/links`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `folderId`: Kloudless folder ID, or `root` for the root folder.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.listServiceLinks
       */
      listServiceLinks: Method<"storage.folders.listServiceLinks", [accountId: string | number, folderId: string]>;
      /**
       * List a folder's permissions
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `folderId`: Kloudless folder ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.listPermissions
       */
      listPermissions: Method<"storage.folders.listPermissions", [accountId: string | number, folderId: string]>;
      /**
       * Replace a folder's permissions
       *
       * Replaces the folder's sharing list with the given entries. The owner is kept; an empty array
       * removes every other entry.
       *
       * `PUT /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `folderId`: Kloudless folder ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.setPermissions
       */
      setPermissions: Method<"storage.folders.setPermissions", [accountId: string | number, folderId: string]>;
      /**
       * Add or change a folder's permissions
       *
       * Adds the given entries to the folder's sharing list or changes their roles.
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `folderId`: Kloudless folder ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.folders.updatePermissions
       */
      updatePermissions: Method<"storage.folders.updatePermissions", [accountId: string | number, folderId: string]>;
    };
    /** `storage.multipart` operations. */
    readonly multipart: {
      /**
       * Initialize a multipart upload session
       *
       * Starts a multipart upload of a large file. Upload the parts with `storage.multipart.uploadPart`
       * (each exactly `part_size` bytes except the last; in parallel only when `parallel_uploads` is
       * true), then call `storage.multipart.complete`.
       *
       * `POST /accounts/{account_id}/storage/multipart`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.overwrite`: `true`: replace the first file with the same name in the folder. `false`:
       *   a name clash gets an automatically renamed file.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.multipart.init
       */
      init: Method<"storage.multipart.init", [accountId: string | number]>;
      /**
       * Retrieve a multipart upload session
       *
       * `GET /accounts/{account_id}/storage/multipart/{multipart_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `multipartId`: Multipart session ID as returned in the session's `id`.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.multipart.retrieve
       */
      retrieve: Method<"storage.multipart.retrieve", [accountId: string | number, multipartId: string]>;
      /**
       * Upload one part
       *
       * Uploads part `part_number` (from 1) of the file. Every part except the last must be exactly
       * `part_size` bytes.
       *
       * `PUT /accounts/{account_id}/storage/multipart/{multipart_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `multipartId`: Multipart session ID as returned in the session's `id`.
       * - `params.part_number`: Number of the part, starting at 1.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.multipart.uploadPart
       */
      uploadPart: Method<"storage.multipart.uploadPart", [accountId: string | number, multipartId: string]>;
      /**
       * Abort a multipart upload session
       *
       * `DELETE /accounts/{account_id}/storage/multipart/{multipart_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `multipartId`: Multipart session ID as returned in the session's `id`.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.multipart.abort
       */
      abort: Method<"storage.multipart.abort", [accountId: string | number, multipartId: string]>;
      /**
       * Finalize a multipart upload session
       *
       * Assembles the uploaded parts into the file. No request body.
       *
       * `POST /accounts/{account_id}/storage/multipart/{multipart_id}/complete`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `multipartId`: Multipart session ID as returned in the session's `id`.
       * - `params.overwrite`: `true`: replace the first file with the same name in the folder. `false`:
       *   a name clash gets an automatically renamed file.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.multipart.complete
       */
      complete: Method<"storage.multipart.complete", [accountId: string | number, multipartId: string]>;
    };
    /** `storage.links` operations. */
    readonly links: {
      /**
       * List links
       *
       * Lists the Kloudless links of the account (several comma-separated account IDs are accepted).
       *
       * `GET /accounts/{account_id}/storage/links`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page number, starting at 1.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.active`: Only active (`true`) or only inactive (`false`) links.
       * - `params.ordering`: Name of the field to sort by (such as `created`); prefix `-` for
       *   descending.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.links.list
       */
      list: Method<"storage.links.list", [accountId: string | number]>;
      /**
       * Create a link
       *
       * Creates a Kloudless link to a file. An unknown `file_id` is a 4xx error.
       *
       * `POST /accounts/{account_id}/storage/links`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.links.create
       */
      create: Method<"storage.links.create", [accountId: string | number]>;
      /**
       * Retrieve a link
       *
       * `GET /accounts/{account_id}/storage/links/{link_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `linkId`: Link ID.
       * - `params.active`: Only find the link if it is active (`true`) or inactive (`false`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.links.retrieve
       */
      retrieve: Method<"storage.links.retrieve", [accountId: string | number, linkId: string]>;
      /**
       * Delete a link
       *
       * `DELETE /accounts/{account_id}/storage/links/{link_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `linkId`: Link ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.links.delete
       */
      delete: Method<"storage.links.delete", [accountId: string | number, linkId: string]>;
      /**
       * Update a link
       *
       * `PATCH /accounts/{account_id}/storage/links/{link_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `linkId`: Link ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/storage/storage.links.update
       */
      update: Method<"storage.links.update", [accountId: string | number, linkId: string]>;
    };
    /**
     * Search files and folders
     *
     * Searches names and, where the service supports it, contents (several comma-separated account IDs
     * are accepted). An empty `q` is a 400 `invalid_parameters`. Some services index new files slowly.
     *
     * `GET /accounts/{account_id}/storage/search`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `params.q`: The search query.
     * - `params.lang`: Query language: `keyword` (the service's normal search), `raw` (the service's
     *   own query language) or `cmis` (a CMIS query).
     * - `params.parents`: Comma-separated IDs of the folders to search in.
     * - `params.page`: Page number, starting at 1.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
     *   service's object under `raw` (`raw.object`).
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
     *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
     *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/storage/storage.search
     */
    search: Method<"storage.search", [accountId: string | number]>;
    /**
     * List recently modified files
     *
     * Lists recently modified files, newest first (several comma-separated account IDs are accepted).
     *
     * `GET /accounts/{account_id}/storage/recent`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `params.page`: Page number, starting at 1.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     * - `params.after`: Only files modified after this time (ISO 8601).
     * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
     *   service's object under `raw` (`raw.object`).
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
     *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
     *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/storage/storage.recent
     */
    recent: Method<"storage.recent", [accountId: string | number]>;
    /**
     * Retrieve the storage quota
     *
     * Returns the account's storage quota.
     *
     * `GET /accounts/{account_id}/storage/quota`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
     *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
     *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/storage/storage.quota
     */
    quota: Method<"storage.quota", [accountId: string | number]>;
    /**
     * Convert an upstream ID into a Kloudless ID
     *
     * Deprecated in favour of `core.encodeRawId`. Turns the upstream `raw_id` of a file or folder into
     * its Kloudless ID.
     *
     * `POST /accounts/{account_id}/storage/convert_id`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
     *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
     *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/storage/storage.convertId
     */
    convertId: Method<"storage.convertId", [accountId: string | number]>;
  };
  /** `events` operations. */
  readonly events: {
    /**
     * List events
     *
     * Returns the next batch of activity events of the account. Event collection must be switched on
     * for the application; events are not backfilled. Pass the `cursor` of the previous response to
     * continue; the stream is done when the response has no cursor, the cursor `-1`, or no objects.
     * Either `cursor` or `from` (with optional `until`) selects the start, not both. Older docs keep
     * up to 10,000 events of the last 24 hours. `page_size` (1 to 1000) is advisory and a value out of
     * range is rejected with 400.
     *
     * `GET /accounts/{account_id}/events`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `params.cursor`: Cursor from the previous response (or from `events.latestCursor`);
     *   `after-auth` returns every event since the account was connected; an `upstream_cursor` value
     *   is accepted too. Cannot be combined with `from` or `until`.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     * - `params.from`: Inclusive lower bound (ISO 8601) of the time of the events; usable alone. Later
     *   cursors stay inside the range of the first request.
     * - `params.until`: Exclusive upper bound (ISO 8601) of the time of the events; only together with
     *   `from`.
     * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
     *   service's object under `raw` (`raw.object`).
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/events/events.list
     */
    list: Method<"events.list", [accountId: string | number]>;
    /**
     * Retrieve the latest cursor
     *
     * Returns the cursor of the latest event, so that a following `events.list` only returns events
     * that happen after this call.
     *
     * `GET /accounts/{account_id}/events/latest`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/events/events.latestCursor
     */
    latestCursor: Method<"events.latestCursor", [accountId: string | number]>;
  };
  /** `calendar` operations. */
  readonly calendar: {
    /** `calendar.calendars` operations. */
    readonly calendars: {
      /**
       * List calendars
       *
       * Lists the calendars of the account, paged by token.
       *
       * `GET /accounts/{account_id}/cal/calendars`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.calendars.list
       */
      list: Method<"calendar.calendars.list", [accountId: string | number]>;
      /**
       * Create a calendar
       *
       * Creates a calendar and returns it.
       *
       * `POST /accounts/{account_id}/cal/calendars`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.calendars.create
       */
      create: Method<"calendar.calendars.create", [accountId: string | number]>;
      /**
       * Retrieve a calendar
       *
       * Returns one calendar.
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar (the
       *   response carries the real ID).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.calendars.retrieve
       */
      retrieve: Method<"calendar.calendars.retrieve", [accountId: string | number, calendarId: string]>;
      /**
       * Delete a calendar
       *
       * Deletes a calendar.
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar (the
       *   response carries the real ID).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.calendars.delete
       */
      delete: Method<"calendar.calendars.delete", [accountId: string | number, calendarId: string]>;
      /**
       * Update a calendar
       *
       * Changes the given attributes of a calendar and returns it.
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar (the
       *   response carries the real ID).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.calendars.update
       */
      update: Method<"calendar.calendars.update", [accountId: string | number, calendarId: string]>;
    };
    /** `calendar.events` operations. */
    readonly events: {
      /**
       * List events
       *
       * Lists the events of a calendar between `start` and `end`, paged by token. With the defaults
       * (epoch to now) future events are left out: pass `end` to see them. For Google Calendar the list
       * does not populate `recurrence`; retrieve the event to read it.
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar
       *   (responses carry the real ID).
       * - `params.start`: Lower bound (ISO 8601), compared with each event's start time. Defaults to the
       *   epoch, `1970-01-01T00:00:00Z`.
       * - `params.end`: Upper bound (ISO 8601), compared with each event's end time. Defaults to the
       *   current UTC time. Required by Outlook Calendar.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.instances`: ID of a recurring event: lists the occurrences of that series.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.events.list
       */
      list: Method<"calendar.events.list", [accountId: string | number, calendarId: string]>;
      /**
       * Create an event
       *
       * Creates an event on the calendar and returns it. Attendees given here are invited. Upstream-only
       * attributes go in `raw.object`.
       *
       * `POST /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar
       *   (responses carry the real ID).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.events.create
       */
      create: Method<"calendar.events.create", [accountId: string | number, calendarId: string]>;
      /**
       * Retrieve an event
       *
       * Returns one event, including `recurrence` (which the Google Calendar list leaves out).
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar
       *   (responses carry the real ID).
       * - `eventId`: Opaque event ID.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.events.retrieve
       */
      retrieve: Method<"calendar.events.retrieve", [accountId: string | number, calendarId: string, eventId: string]>;
      /**
       * Delete an event
       *
       * Deletes an event.
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar
       *   (responses carry the real ID).
       * - `eventId`: Opaque event ID.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.events.delete
       */
      delete: Method<"calendar.events.delete", [accountId: string | number, calendarId: string, eventId: string]>;
      /**
       * Update an event
       *
       * Changes the given attributes of an event and returns it; list attributes are replaced whole.
       * Updating an instance of a series changes only that instance; to change the whole series, update
       * the event named by `recurring_master_id`.
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `calendarId`: Calendar ID, or `primary` as an alias of the account's primary calendar
       *   (responses carry the real ID).
       * - `eventId`: Opaque event ID.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/calendar/calendar.events.update
       */
      update: Method<"calendar.events.update", [accountId: string | number, calendarId: string, eventId: string]>;
    };
    /**
     * Find availability
     *
     * Finds the time windows in which every given calendar is free for a meeting of the given
     * duration. Several accounts can be checked at once with a comma-separated `account_id`
     * (`/accounts/1,2/cal/availability`, one Bearer token per account).
     *
     * `POST /accounts/{account_id}/cal/availability`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
     *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
     *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/calendar/calendar.findAvailability
     */
    findAvailability: Method<"calendar.findAvailability", [accountId: string | number]>;
  };
  /** `team` operations. */
  readonly team: {
    /** `team.users` operations. */
    readonly users: {
      /**
       * List users
       *
       * Lists the users of the team. Only for admin accounts with team access; other accounts get 403
       * `forbidden`. Supported by box, dropbox, egnyte, exchange, exchange_email, gdrive,
       * google_calendar, gmail, onedrivebiz, outlook_calendar, outlook_email, s3, salesforce,
       * sharepoint, slack and ms_teams. The user IDs feed `X-Kloudless-As-User`.
       *
       * `GET /accounts/{account_id}/team/users`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.users.list
       */
      list: Method<"team.users.list", [accountId: string | number]>;
      /**
       * Retrieve a user
       *
       * Returns one user of the team. Admin accounts only.
       *
       * `GET /accounts/{account_id}/team/users/{user_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `userId`: Upstream user ID (from `team.users.list`).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.users.retrieve
       */
      retrieve: Method<"team.users.retrieve", [accountId: string | number, userId: string]>;
      /**
       * List a user's groups
       *
       * Lists the groups the user belongs to. Admin accounts only.
       *
       * `GET /accounts/{account_id}/team/users/{user_id}/memberships`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `userId`: Upstream user ID (from `team.users.list`).
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.users.listMemberships
       */
      listMemberships: Method<"team.users.listMemberships", [accountId: string | number, userId: string]>;
    };
    /** `team.groups` operations. */
    readonly groups: {
      /**
       * List groups
       *
       * Lists the groups of the team. Admin accounts only; other accounts get 403 `forbidden` ("Only
       * administrators...").
       *
       * `GET /accounts/{account_id}/team/groups`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.groups.list
       */
      list: Method<"team.groups.list", [accountId: string | number]>;
      /**
       * Retrieve a group
       *
       * Returns one group of the team. Admin accounts only.
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `groupId`: Upstream group ID (from `team.groups.list`).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.groups.retrieve
       */
      retrieve: Method<"team.groups.retrieve", [accountId: string | number, groupId: string]>;
      /**
       * List a group's members
       *
       * Lists the users of a group. Admin accounts only.
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}/members`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `groupId`: Upstream group ID (from `team.groups.list`).
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       * - `impersonateUserId` (`X-Kloudless-As-User`): Upstream user ID (from the Team API) that an
       *   admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz,
       *   google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/team/team.groups.listMembers
       */
      listMembers: Method<"team.groups.listMembers", [accountId: string | number, groupId: string]>;
    };
  };
  /** `crm` operations. */
  readonly crm: {
    /** `crm.accounts` operations. */
    readonly accounts: {
      /**
       * List CRM accounts
       *
       * Lists the CRM accounts of the connected account, paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/accounts`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.accounts.list
       */
      list: Method<"crm.accounts.list", [accountId: string | number]>;
      /**
       * Create a CRM account
       *
       * Creates a CRM account and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/accounts`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.accounts.create
       */
      create: Method<"crm.accounts.create", [accountId: string | number]>;
      /**
       * Retrieve a CRM account
       *
       * Returns one CRM account.
       *
       * `GET /accounts/{account_id}/crm/accounts/{crm_account_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `crmAccountId`: ID of the CRM account (a company or organization record, not the connected
       *   Kloudless account).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.accounts.retrieve
       */
      retrieve: Method<"crm.accounts.retrieve", [accountId: string | number, crmAccountId: string]>;
      /**
       * Delete a CRM account
       *
       * Deletes a CRM account.
       *
       * `DELETE /accounts/{account_id}/crm/accounts/{crm_account_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `crmAccountId`: ID of the CRM account (a company or organization record, not the connected
       *   Kloudless account).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.accounts.delete
       */
      delete: Method<"crm.accounts.delete", [accountId: string | number, crmAccountId: string]>;
      /**
       * Update a CRM account
       *
       * Changes the given fields of a CRM account and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/accounts/{crm_account_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `crmAccountId`: ID of the CRM account (a company or organization record, not the connected
       *   Kloudless account).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.accounts.update
       */
      update: Method<"crm.accounts.update", [accountId: string | number, crmAccountId: string]>;
    };
    /** `crm.contacts` operations. */
    readonly contacts: {
      /**
       * List contacts
       *
       * Lists the contacts of the connected account, paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/contacts`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.account`: Only the contacts of this CRM account (its ID). Supported by `hubspot`.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.contacts.list
       */
      list: Method<"crm.contacts.list", [accountId: string | number]>;
      /**
       * Create a contact
       *
       * Creates a contact and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/contacts`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.contacts.create
       */
      create: Method<"crm.contacts.create", [accountId: string | number]>;
      /**
       * Retrieve a contact
       *
       * Returns one contact.
       *
       * `GET /accounts/{account_id}/crm/contacts/{contact_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `contactId`: ID of the contact.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.contacts.retrieve
       */
      retrieve: Method<"crm.contacts.retrieve", [accountId: string | number, contactId: string]>;
      /**
       * Delete a contact
       *
       * Deletes a contact.
       *
       * `DELETE /accounts/{account_id}/crm/contacts/{contact_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `contactId`: ID of the contact.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.contacts.delete
       */
      delete: Method<"crm.contacts.delete", [accountId: string | number, contactId: string]>;
      /**
       * Update a contact
       *
       * Changes the given fields of a contact and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/contacts/{contact_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `contactId`: ID of the contact.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.contacts.update
       */
      update: Method<"crm.contacts.update", [accountId: string | number, contactId: string]>;
    };
    /** `crm.leads` operations. */
    readonly leads: {
      /**
       * List leads
       *
       * Lists the leads of the connected account, paged by token (`page_size` 1-1000, 100 by default).
       *
       * `GET /accounts/{account_id}/crm/leads`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.leads.list
       */
      list: Method<"crm.leads.list", [accountId: string | number]>;
      /**
       * Create a lead
       *
       * Creates a lead and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/leads`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.leads.create
       */
      create: Method<"crm.leads.create", [accountId: string | number]>;
      /**
       * Retrieve a lead
       *
       * Returns one lead.
       *
       * `GET /accounts/{account_id}/crm/leads/{lead_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `leadId`: ID of the lead.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.leads.retrieve
       */
      retrieve: Method<"crm.leads.retrieve", [accountId: string | number, leadId: string]>;
      /**
       * Delete a lead
       *
       * Deletes a lead.
       *
       * `DELETE /accounts/{account_id}/crm/leads/{lead_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `leadId`: ID of the lead.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.leads.delete
       */
      delete: Method<"crm.leads.delete", [accountId: string | number, leadId: string]>;
      /**
       * Update a lead
       *
       * Changes the given fields of a lead and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/leads/{lead_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `leadId`: ID of the lead.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.leads.update
       */
      update: Method<"crm.leads.update", [accountId: string | number, leadId: string]>;
    };
    /** `crm.opportunities` operations. */
    readonly opportunities: {
      /**
       * List opportunities
       *
       * Lists the opportunities of the connected account, paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/opportunities`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.account`: Only the opportunities of this CRM account (its ID). Supported by `hubspot`.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.opportunities.list
       */
      list: Method<"crm.opportunities.list", [accountId: string | number]>;
      /**
       * Create an opportunity
       *
       * Creates an opportunity and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/opportunities`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.opportunities.create
       */
      create: Method<"crm.opportunities.create", [accountId: string | number]>;
      /**
       * Retrieve an opportunity
       *
       * Returns one opportunity.
       *
       * `GET /accounts/{account_id}/crm/opportunities/{opportunity_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `opportunityId`: ID of the opportunity.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.opportunities.retrieve
       */
      retrieve: Method<"crm.opportunities.retrieve", [accountId: string | number, opportunityId: string]>;
      /**
       * Delete an opportunity
       *
       * Deletes an opportunity.
       *
       * `DELETE /accounts/{account_id}/crm/opportunities/{opportunity_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `opportunityId`: ID of the opportunity.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.opportunities.delete
       */
      delete: Method<"crm.opportunities.delete", [accountId: string | number, opportunityId: string]>;
      /**
       * Update an opportunity
       *
       * Changes the given fields of an opportunity and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/opportunities/{opportunity_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `opportunityId`: ID of the opportunity.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.opportunities.update
       */
      update: Method<"crm.opportunities.update", [accountId: string | number, opportunityId: string]>;
    };
    /** `crm.campaigns` operations. */
    readonly campaigns: {
      /**
       * List campaigns
       *
       * Lists the campaigns of the connected account, paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/campaigns`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.campaigns.list
       */
      list: Method<"crm.campaigns.list", [accountId: string | number]>;
      /**
       * Create a campaign
       *
       * Creates a campaign and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/campaigns`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.campaigns.create
       */
      create: Method<"crm.campaigns.create", [accountId: string | number]>;
      /**
       * Retrieve a campaign
       *
       * Returns one campaign.
       *
       * `GET /accounts/{account_id}/crm/campaigns/{campaign_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `campaignId`: ID of the campaign.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.campaigns.retrieve
       */
      retrieve: Method<"crm.campaigns.retrieve", [accountId: string | number, campaignId: string]>;
      /**
       * Delete a campaign
       *
       * Deletes a campaign.
       *
       * `DELETE /accounts/{account_id}/crm/campaigns/{campaign_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `campaignId`: ID of the campaign.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.campaigns.delete
       */
      delete: Method<"crm.campaigns.delete", [accountId: string | number, campaignId: string]>;
      /**
       * Update a campaign
       *
       * Changes the given fields of a campaign and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/campaigns/{campaign_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `campaignId`: ID of the campaign.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.campaigns.update
       */
      update: Method<"crm.campaigns.update", [accountId: string | number, campaignId: string]>;
    };
    /** `crm.tasks` operations. */
    readonly tasks: {
      /**
       * List CRM tasks
       *
       * Lists the CRM tasks of the connected account, paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/tasks`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.tasks.list
       */
      list: Method<"crm.tasks.list", [accountId: string | number]>;
      /**
       * Create a CRM task
       *
       * Creates a CRM task and returns it. Fields the service does not support are ignored.
       *
       * `POST /accounts/{account_id}/crm/tasks`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.tasks.create
       */
      create: Method<"crm.tasks.create", [accountId: string | number]>;
      /**
       * Retrieve a CRM task
       *
       * Returns one CRM task.
       *
       * `GET /accounts/{account_id}/crm/tasks/{task_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `taskId`: ID of the CRM task (an activity record of the CRM, not an asynchronous Kloudless
       *   task).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.tasks.retrieve
       */
      retrieve: Method<"crm.tasks.retrieve", [accountId: string | number, taskId: string]>;
      /**
       * Delete a CRM task
       *
       * Deletes a CRM task.
       *
       * `DELETE /accounts/{account_id}/crm/tasks/{task_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `taskId`: ID of the CRM task (an activity record of the CRM, not an asynchronous Kloudless
       *   task).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.tasks.delete
       */
      delete: Method<"crm.tasks.delete", [accountId: string | number, taskId: string]>;
      /**
       * Update a CRM task
       *
       * Changes the given fields of a CRM task and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/tasks/{task_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `taskId`: ID of the CRM task (an activity record of the CRM, not an asynchronous Kloudless
       *   task).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.tasks.update
       */
      update: Method<"crm.tasks.update", [accountId: string | number, taskId: string]>;
    };
    /** `crm.objects` operations. */
    readonly objects: {
      /**
       * List objects of an upstream type
       *
       * Lists the objects of any upstream type (`raw_type`), paged by token (`page_size` 1-1000, 100 by
       * default).
       *
       * `GET /accounts/{account_id}/crm/objects`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.raw_type`: The upstream object type, as the service names it (Salesforce: `Account`,
       *   `Contact`, `Product2`, ...).
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.objects.list
       */
      list: Method<"crm.objects.list", [accountId: string | number]>;
      /**
       * Create an object of an upstream type
       *
       * Creates an object of the upstream type `raw_type` from the given fields and returns it.
       *
       * `POST /accounts/{account_id}/crm/objects`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.raw_type`: The upstream object type, as the service names it (Salesforce: `Account`,
       *   `Contact`, `Product2`, ...).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.objects.create
       */
      create: Method<"crm.objects.create", [accountId: string | number]>;
      /**
       * Retrieve an object of an upstream type
       *
       * Returns one object of the upstream type `raw_type`.
       *
       * `GET /accounts/{account_id}/crm/objects/{object_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `objectId`: ID of the object.
       * - `params.raw_type`: The upstream object type, as the service names it (Salesforce: `Account`,
       *   `Contact`, `Product2`, ...).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.objects.retrieve
       */
      retrieve: Method<"crm.objects.retrieve", [accountId: string | number, objectId: string]>;
      /**
       * Delete an object of an upstream type
       *
       * Deletes an object of the upstream type `raw_type`.
       *
       * `DELETE /accounts/{account_id}/crm/objects/{object_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `objectId`: ID of the object.
       * - `params.raw_type`: The upstream object type, as the service names it (Salesforce: `Account`,
       *   `Contact`, `Product2`, ...).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.objects.delete
       */
      delete: Method<"crm.objects.delete", [accountId: string | number, objectId: string]>;
      /**
       * Update an object of an upstream type
       *
       * Changes the given fields of an object of the upstream type `raw_type` and returns it.
       *
       * `PATCH /accounts/{account_id}/crm/objects/{object_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `objectId`: ID of the object.
       * - `params.raw_type`: The upstream object type, as the service names it (Salesforce: `Account`,
       *   `Contact`, `Product2`, ...).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.objects.update
       */
      update: Method<"crm.objects.update", [accountId: string | number, objectId: string]>;
    };
    /**
     * Search CRM objects
     *
     * Searches the CRM with a query in the service's language: `SOQL` for Salesforce, `KEYWORD` (plain
     * words) for the others. Paged by token.
     *
     * `GET /accounts/{account_id}/crm/search`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `params.q`: The search query: keywords, or a SOQL statement with `lang=SOQL`.
     * - `params.lang`: Language of `q`: `KEYWORD` (any service) or `SOQL` (Salesforce).
     * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
     *   `next_page`.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
     *   service's object under `raw` (`raw.object`).
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/crm/crm.search
     */
    search: Method<"crm.search", [accountId: string | number]>;
    /**
     * Run several CRM requests at once
     *
     * Runs a list of object requests (each naming its upstream type in `url_data.raw_type`) in one
     * call. Each request's outcome comes back under its `id`, in `responses` when it succeeded and in
     * `errors` when it failed.
     *
     * `POST /accounts/{account_id}/crm/batch`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
     *   to the upstream service.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/crm/crm.batch
     */
    batch: Method<"crm.batch", [accountId: string | number]>;
    /** `crm.schemas` operations. */
    readonly schemas: {
      /**
       * List object schemas
       *
       * Lists the upstream object types of the CRM with their fields, paged by token.
       *
       * `GET /accounts/{account_id}/crm/schemas`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.schemas.list
       */
      list: Method<"crm.schemas.list", [accountId: string | number]>;
      /**
       * Retrieve an object schema
       *
       * Returns the fields of one upstream object type.
       *
       * `GET /accounts/{account_id}/crm/schemas/{schema_id}`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `schemaId`: The upstream object type, e.g. `Account`.
       * - `rawHeaders` (`X-Kloudless-Raw-Headers`): JSON object of extra headers that Kloudless forwards
       *   to the upstream service.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/crm/crm.schemas.retrieve
       */
      retrieve: Method<"crm.schemas.retrieve", [accountId: string | number, schemaId: string]>;
    };
  };
  /** `meta` operations. */
  readonly meta: {
    /** `meta.applications` operations. */
    readonly applications: {
      /**
       * List applications
       *
       * Lists the applications of the developer account.
       *
       * `GET /meta/applications`
       *
       * Parameters:
       * - `params.page`: Page number, starting at 1.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `params.active`: Only active (`true`) or inactive (`false`) applications.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.applications.list
       */
      list: Method<"meta.applications.list", []>;
      /**
       * Create an application
       *
       * Creates an application (active by default) together with a default API key.
       *
       * `POST /meta/applications`
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.applications.create
       */
      create: Method<"meta.applications.create", []>;
      /**
       * Retrieve an application
       *
       * `GET /meta/applications/{application_id}`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.applications.retrieve
       */
      retrieve: Method<"meta.applications.retrieve", [applicationId: string]>;
      /**
       * Delete an application
       *
       * Deletes the application, its API keys and its connected accounts.
       *
       * `DELETE /meta/applications/{application_id}`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.applications.delete
       */
      delete: Method<"meta.applications.delete", [applicationId: string]>;
      /**
       * Update an application
       *
       * `PATCH /meta/applications/{application_id}`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.applications.update
       */
      update: Method<"meta.applications.update", [applicationId: string]>;
    };
    /** `meta.apiKeys` operations. */
    readonly apiKeys: {
      /**
       * List the API keys of an application
       *
       * `GET /meta/applications/{application_id}/apikeys`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       * - `params.page`: Page number, starting at 1.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.apiKeys.list
       */
      list: Method<"meta.apiKeys.list", [applicationId: string]>;
      /**
       * Create an API key
       *
       * Creates a new API key for the application; the request has no body.
       *
       * `POST /meta/applications/{application_id}/apikeys`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.apiKeys.create
       */
      create: Method<"meta.apiKeys.create", [applicationId: string]>;
      /**
       * Delete an API key
       *
       * Revokes the API key.
       *
       * `DELETE /meta/applications/{application_id}/apikeys/{api_key}`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       * - `apiKey`: The API key to revoke (its `key`).
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.apiKeys.delete
       */
      delete: Method<"meta.apiKeys.delete", [applicationId: string, apiKey: string]>;
    };
    /** `meta.webhooks` operations. */
    readonly webhooks: {
      /**
       * List the webhooks of an application
       *
       * `GET /meta/applications/{application_id}/webhooks`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       * - `params.page`: Page number, starting at 1.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.webhooks.list
       */
      list: Method<"meta.webhooks.list", [applicationId: string]>;
      /**
       * Create a webhook
       *
       * Adds a webhook URL; Kloudless sends a test request to it before saving it, and refuses the URL
       * when the receiver does not answer 2xx. Afterwards Kloudless POSTs `account=<account id>`
       * (form-encoded) to the URL whenever the account has new events, with `X-Kloudless-Signature`: the
       * base64 HMAC-SHA256 of the raw body keyed by the application's API key; the receiver reads the
       * events with `events.list` and its cursor. Receivers answer the test request, and every
       * notification, 200 with the Application ID as a text body.
       *
       * `POST /meta/applications/{application_id}/webhooks`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.webhooks.create
       */
      create: Method<"meta.webhooks.create", [applicationId: string]>;
      /**
       * Retrieve a webhook
       *
       * `GET /meta/applications/{application_id}/webhooks/{webhook_id}`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       * - `webhookId`: Webhook ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.webhooks.retrieve
       */
      retrieve: Method<"meta.webhooks.retrieve", [applicationId: string, webhookId: string]>;
      /**
       * Delete a webhook
       *
       * Removes the webhook.
       *
       * `DELETE /meta/applications/{application_id}/webhooks/{webhook_id}`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       * - `webhookId`: Webhook ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.webhooks.delete
       */
      delete: Method<"meta.webhooks.delete", [applicationId: string, webhookId: string]>;
    };
    /** `meta.developers` operations. */
    readonly developers: {
      /**
       * List developers
       *
       * Lists the developers of the developer account (the vendor SDK sends no parameters).
       *
       * `GET /meta/developers`
       *
       * Parameters:
       * - `params.page`: Page number, starting at 1.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.developers.list
       */
      list: Method<"meta.developers.list", []>;
      /**
       * Retrieve a developer
       *
       * `GET /meta/developers/{developer_id}`
       *
       * Parameters:
       * - `developerId`: Developer ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.developers.retrieve
       */
      retrieve: Method<"meta.developers.retrieve", [developerId: string]>;
      /**
       * Update a developer
       *
       * Changes a developer's details.
       *
       * `PATCH /meta/developers/{developer_id}`
       *
       * Parameters:
       * - `developerId`: Developer ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.developers.update
       */
      update: Method<"meta.developers.update", [developerId: string]>;
    };
    /** `meta.licenses` operations. */
    readonly licenses: {
      /**
       * Download a license file
       *
       * Returns the license file's bytes.
       *
       * `GET /meta/licenses/{license_id}/contents`
       *
       * Parameters:
       * - `licenseId`: License ID (of an on-premises / Enterprise license).
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.licenses.download
       */
      download: Method<"meta.licenses.download", [licenseId: string]>;
    };
    /** `meta.trustedDomains` operations. */
    readonly trustedDomains: {
      /**
       * List trusted domains
       *
       * Lists the trusted domains of the application.
       *
       * `GET /meta/applications/{application_id}/trusted_domains`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       * - `params.page`: Page number, starting at 1.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.trustedDomains.list
       */
      list: Method<"meta.trustedDomains.list", [applicationId: string]>;
      /**
       * Add a trusted domain
       *
       * Adds a domain to the application's trusted domains. Adding a domain already trusted is refused
       * with 400.
       *
       * `POST /meta/applications/{application_id}/trusted_domains`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.trustedDomains.create
       */
      create: Method<"meta.trustedDomains.create", [applicationId: string]>;
      /**
       * Remove a trusted domain
       *
       * Removes the domain from the application's trusted domains.
       *
       * `DELETE /meta/applications/{application_id}/trusted_domains/{trusted_domain_id}`
       *
       * Parameters:
       * - `applicationId`: Application ID.
       * - `trustedDomainId`: The trusted domain's `id`.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meta/meta.trustedDomains.delete
       */
      delete: Method<"meta.trustedDomains.delete", [applicationId: string, trustedDomainId: string]>;
    };
  };
  /** `subscriptions` operations. */
  readonly subscriptions: {
    /**
     * List subscriptions
     *
     * Lists the activity subscriptions of the account.
     *
     * `GET /accounts/{account_id}/subscriptions`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `params.page`: Page number, starting at 1.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/activity/subscriptions.list
     */
    list: Method<"subscriptions.list", [accountId: string | number]>;
    /**
     * Create a subscription
     *
     * Creates an activity subscription. The body may be empty: `subscription_type` defaults to
     * `changes` and no `monitored_resources` means every resource of the account. Its activity stream
     * starts at the creation: earlier changes are not part of it.
     *
     * `POST /accounts/{account_id}/subscriptions`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/activity/subscriptions.create
     */
    create: Method<"subscriptions.create", [accountId: string | number]>;
    /**
     * Retrieve a subscription
     *
     * Returns one subscription; `default` names the account's default subscription. Subscriptions
     * cannot be updated or deleted through the API as specified: to watch other resources, create a
     * subscription with those `monitored_resources`.
     *
     * `GET /accounts/{account_id}/subscriptions/{subscription_id}`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `subscriptionId`: Subscription ID, or `default` for the account's default subscription.
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/activity/subscriptions.retrieve
     */
    retrieve: Method<"subscriptions.retrieve", [accountId: string | number, subscriptionId: string]>;
    /**
     * List the activity of a subscription
     *
     * Returns the next batch of activity of the subscription's monitored resources. Pass the `cursor`
     * of the previous response to continue; an empty batch means nothing new yet.
     *
     * `GET /accounts/{account_id}/subscriptions/{subscription_id}/activity`
     *
     * Parameters:
     * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
     *   endpoints accept a comma-separated list of account IDs.
     * - `subscriptionId`: Subscription ID, or `default` for the account's default subscription.
     * - `params.cursor`: Cursor from the previous response; omit it for the first batch.
     * - `params.page_size`: Objects per page. Some services treat it as advisory.
     * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
     *   service's object under `raw` (`raw.object`).
     *
     * Errors:
     * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
     *   (`too_many_service_requests`).
     * - `4XX`: Kloudless error.
     * - `5XX`: Kloudless error.
     *
     * Reference: docs/api/openapi.html#/activity/subscriptions.listActivity
     */
    listActivity: Method<"subscriptions.listActivity", [accountId: string | number, subscriptionId: string]>;
  };
  /** `chat` operations. */
  readonly chat: {
    /** `chat.conversations` operations. */
    readonly conversations: {
      /**
       * List conversations
       *
       * Lists the conversations (channels, group and direct chats) of the account. Slack admin accounts
       * list the organization's conversations; Microsoft Teams admin accounts omit private chats between
       * other members.
       *
       * `GET /accounts/{account_id}/messaging/conversations`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page (advisory).
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/chat/chat.conversations.list
       */
      list: Method<"chat.conversations.list", [accountId: string | number]>;
    };
  };
  /** `itsm` operations. */
  readonly itsm: {
    /** `itsm.incidents` operations. */
    readonly incidents: {
      /**
       * List incidents
       *
       * Lists the incidents of the account (ServiceNow).
       *
       * `GET /accounts/{account_id}/itsm/incidents`
       *
       * Parameters:
       * - `accountId`: Kloudless account ID, or `me` for the account of the Bearer token. Several list
       *   endpoints accept a comma-separated list of account IDs.
       * - `params.page`: Page token. Omit it for the first page, then pass the previous response's
       *   `next_page`.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       * - `getRawData` (`X-Kloudless-Raw-Data`): When `true`, returned objects carry the upstream
       *   service's object under `raw` (`raw.object`).
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/itsm/itsm.incidents.list
       */
      list: Method<"itsm.incidents.list", [accountId: string | number]>;
    };
  };
  /** `meetings` operations. */
  readonly meetings: {
    /** `meetings.windows` operations. */
    readonly windows: {
      /**
       * List meeting windows
       *
       * Lists the meeting windows of the organizer (the account of the Bearer token).
       *
       * `GET /meetings/windows`
       *
       * Parameters:
       * - `params.page`: Page number, starting at 1.
       * - `params.page_size`: Objects per page. Some services treat it as advisory.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meetings/meetings.windows.list
       */
      list: Method<"meetings.windows.list", []>;
      /**
       * Create a meeting window
       *
       * Creates a meeting window: when the organizer can be booked (`availability`, in `time_zone`), for
       * how long (`duration`) and on which calendar the booked events go (`booking_calendar_id`, a
       * calendar of the organizer's account).
       *
       * `POST /meetings/windows`
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meetings/meetings.windows.create
       */
      create: Method<"meetings.windows.create", []>;
      /**
       * Retrieve a meeting window
       *
       * `GET /meetings/windows/{window_id}`
       *
       * Parameters:
       * - `windowId`: Meeting window ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meetings/meetings.windows.retrieve
       */
      retrieve: Method<"meetings.windows.retrieve", [windowId: string]>;
      /**
       * Delete a meeting window
       *
       * Deletes the meeting window. Events already booked stay on the booking calendar.
       *
       * `DELETE /meetings/windows/{window_id}`
       *
       * Parameters:
       * - `windowId`: Meeting window ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meetings/meetings.windows.delete
       */
      delete: Method<"meetings.windows.delete", [windowId: string]>;
      /**
       * Update a meeting window
       *
       * Changes the attributes given; the others keep their values.
       *
       * `PATCH /meetings/windows/{window_id}`
       *
       * Parameters:
       * - `windowId`: Meeting window ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meetings/meetings.windows.update
       */
      update: Method<"meetings.windows.update", [windowId: string]>;
      /**
       * List the time slots of a meeting window
       *
       * Lists the bookable time slots of the meeting window: every `time_slot_interval` minutes within
       * the window's availability, from now to `availability_range` days ahead, each `duration` minutes
       * long, leaving out the slots that overlap an event of the organizer's booking calendar (with
       * `time_buffer_before` / `time_buffer_after`). Slots come in `time_slots`, not `objects`; pass
       * `next_page` as `page` for the next ones.
       *
       * `GET /meetings/windows/{window_id}/time-slots`
       *
       * Parameters:
       * - `windowId`: Meeting window ID.
       * - `params.page`: Page number, starting at 1.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meetings/meetings.windows.listTimeSlots
       */
      listTimeSlots: Method<"meetings.windows.listTimeSlots", [windowId: string]>;
      /**
       * Book a time slot
       *
       * Books a time slot of the meeting window for the `targets` (the invitees): creates an event on
       * the window's booking calendar, with the targets as attendees and the window's
       * `meeting_window_id` in its `custom_properties`. A slot that is not (or no longer) free is
       * refused with 400. The application's webhooks then receive a `MeetingBookingNotification` with
       * `event_subtype=meeting_scheduler_slot_booked`.
       *
       * `POST /meetings/windows/{window_id}/schedule`
       *
       * Parameters:
       * - `windowId`: Meeting window ID.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meetings/meetings.windows.schedule
       */
      schedule: Method<"meetings.windows.schedule", [windowId: string]>;
    };
    /** `meetings.events` operations. */
    readonly events: {
      /**
       * Retrieve a booked event
       *
       * `GET /meetings/events/{scheduled_event_id}`
       *
       * Parameters:
       * - `scheduledEventId`: ID of a booked event (the `id` returned by `meetings.windows.schedule`).
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meetings/meetings.events.retrieve
       */
      retrieve: Method<"meetings.events.retrieve", [scheduledEventId: string]>;
      /**
       * Cancel a booked event
       *
       * Cancels the booking and deletes its event from the booking calendar. The application's webhooks
       * receive a `MeetingBookingNotification` with `event_subtype=meeting_scheduler_slot_deleted`.
       *
       * `DELETE /meetings/events/{scheduled_event_id}`
       *
       * Parameters:
       * - `scheduledEventId`: ID of a booked event (the `id` returned by `meetings.windows.schedule`).
       * - `params.recaptcha_token`: reCAPTCHA token of a visitor cancelling from the booking widget.
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meetings/meetings.events.delete
       */
      delete: Method<"meetings.events.delete", [scheduledEventId: string]>;
      /**
       * Update a booked event
       *
       * Moves a booked event to another free slot (`start`, `end`) or changes its `targets` or
       * `event_metadata`; the calendar event follows. The application's webhooks receive a
       * `MeetingBookingNotification` with `event_subtype=meeting_scheduler_slot_updated`.
       *
       * `PATCH /meetings/events/{scheduled_event_id}`
       *
       * Parameters:
       * - `scheduledEventId`: ID of a booked event (the `id` returned by `meetings.windows.schedule`).
       *
       * Errors:
       * - `429`: Rate limit reached at Kloudless (`too_many_requests`) or upstream
       *   (`too_many_service_requests`).
       * - `4XX`: Kloudless error.
       * - `5XX`: Kloudless error.
       *
       * Reference: docs/api/openapi.html#/meetings/meetings.events.update
       */
      update: Method<"meetings.events.update", [scheduledEventId: string]>;
    };
  };
}

/** The operationId behind each path and method, so that typed path calls find their operation. */
export interface PathOperations {
  "/oauth": { get: "oauth.authorize"; };
  "/oauth/token": { get: "oauth.verifyToken"; post: "oauth.getToken"; };
  "/accounts/{account_id}/tasks/{task_id}": { get: "tasks.retrieve"; };
  "/accounts/{account_id}/raw": { post: "core.raw"; };
  "/accounts/{account_id}/encode_raw_id": { post: "core.encodeRawId"; };
  "/public/services": { get: "services.list"; };
  "/public/services/{service_id}": { get: "services.retrieve"; };
  "/accounts": { get: "accounts.list"; post: "accounts.import"; };
  "/accounts/{account_id}": { get: "accounts.retrieve"; delete: "accounts.delete"; patch: "accounts.update"; };
  "/accounts/{account_id}/storage/files": { post: "storage.files.upload"; };
  "/accounts/{account_id}/storage/files/upload_url": { post: "storage.files.createUploadUrl"; };
  "/accounts/{account_id}/storage/files/{file_id}": { get: "storage.files.retrieve"; put: "storage.files.updateContents"; delete: "storage.files.delete"; patch: "storage.files.update"; };
  "/accounts/{account_id}/storage/files/{file_id}/contents": { get: "storage.files.download"; };
  "/accounts/{account_id}/storage/files/{file_id}/copy": { post: "storage.files.copy"; };
  "/accounts/{account_id}/storage/files/{file_id}/thumbnail": { get: "storage.files.thumbnail"; };
  "/accounts/{account_id}/storage/files/{file_id}/links": { get: "storage.files.listServiceLinks"; };
  "/accounts/{account_id}/storage/files/{file_id}/permissions": { get: "storage.files.listPermissions"; put: "storage.files.setPermissions"; patch: "storage.files.updatePermissions"; };
  "/accounts/{account_id}/storage/files/{file_id}/properties": { get: "storage.files.listProperties"; delete: "storage.files.deleteProperties"; patch: "storage.files.updateProperties"; };
  "/accounts/{account_id}/storage/folders": { post: "storage.folders.create"; };
  "/accounts/{account_id}/storage/folders/{folder_id}": { get: "storage.folders.retrieve"; delete: "storage.folders.delete"; patch: "storage.folders.update"; };
  "/accounts/{account_id}/storage/folders/{folder_id}/contents": { get: "storage.folders.listContents"; };
  "/accounts/{account_id}/storage/folders/{folder_id}/copy": { post: "storage.folders.copy"; };
  "/accounts/{account_id}/storage/folders/{folder_id}/links": { get: "storage.folders.listServiceLinks"; };
  "/accounts/{account_id}/storage/folders/{folder_id}/permissions": { get: "storage.folders.listPermissions"; put: "storage.folders.setPermissions"; patch: "storage.folders.updatePermissions"; };
  "/accounts/{account_id}/storage/multipart": { post: "storage.multipart.init"; };
  "/accounts/{account_id}/storage/multipart/{multipart_id}": { get: "storage.multipart.retrieve"; put: "storage.multipart.uploadPart"; delete: "storage.multipart.abort"; };
  "/accounts/{account_id}/storage/multipart/{multipart_id}/complete": { post: "storage.multipart.complete"; };
  "/accounts/{account_id}/storage/links": { get: "storage.links.list"; post: "storage.links.create"; };
  "/accounts/{account_id}/storage/links/{link_id}": { get: "storage.links.retrieve"; delete: "storage.links.delete"; patch: "storage.links.update"; };
  "/accounts/{account_id}/storage/search": { get: "storage.search"; };
  "/accounts/{account_id}/storage/recent": { get: "storage.recent"; };
  "/accounts/{account_id}/storage/quota": { get: "storage.quota"; };
  "/accounts/{account_id}/storage/convert_id": { post: "storage.convertId"; };
  "/accounts/{account_id}/events": { get: "events.list"; };
  "/accounts/{account_id}/events/latest": { get: "events.latestCursor"; };
  "/accounts/{account_id}/cal/calendars": { get: "calendar.calendars.list"; post: "calendar.calendars.create"; };
  "/accounts/{account_id}/cal/calendars/{calendar_id}": { get: "calendar.calendars.retrieve"; delete: "calendar.calendars.delete"; patch: "calendar.calendars.update"; };
  "/accounts/{account_id}/cal/calendars/{calendar_id}/events": { get: "calendar.events.list"; post: "calendar.events.create"; };
  "/accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}": { get: "calendar.events.retrieve"; delete: "calendar.events.delete"; patch: "calendar.events.update"; };
  "/accounts/{account_id}/cal/availability": { post: "calendar.findAvailability"; };
  "/accounts/{account_id}/team/users": { get: "team.users.list"; };
  "/accounts/{account_id}/team/users/{user_id}": { get: "team.users.retrieve"; };
  "/accounts/{account_id}/team/users/{user_id}/memberships": { get: "team.users.listMemberships"; };
  "/accounts/{account_id}/team/groups": { get: "team.groups.list"; };
  "/accounts/{account_id}/team/groups/{group_id}": { get: "team.groups.retrieve"; };
  "/accounts/{account_id}/team/groups/{group_id}/members": { get: "team.groups.listMembers"; };
  "/accounts/{account_id}/crm/accounts": { get: "crm.accounts.list"; post: "crm.accounts.create"; };
  "/accounts/{account_id}/crm/accounts/{crm_account_id}": { get: "crm.accounts.retrieve"; delete: "crm.accounts.delete"; patch: "crm.accounts.update"; };
  "/accounts/{account_id}/crm/contacts": { get: "crm.contacts.list"; post: "crm.contacts.create"; };
  "/accounts/{account_id}/crm/contacts/{contact_id}": { get: "crm.contacts.retrieve"; delete: "crm.contacts.delete"; patch: "crm.contacts.update"; };
  "/accounts/{account_id}/crm/leads": { get: "crm.leads.list"; post: "crm.leads.create"; };
  "/accounts/{account_id}/crm/leads/{lead_id}": { get: "crm.leads.retrieve"; delete: "crm.leads.delete"; patch: "crm.leads.update"; };
  "/accounts/{account_id}/crm/opportunities": { get: "crm.opportunities.list"; post: "crm.opportunities.create"; };
  "/accounts/{account_id}/crm/opportunities/{opportunity_id}": { get: "crm.opportunities.retrieve"; delete: "crm.opportunities.delete"; patch: "crm.opportunities.update"; };
  "/accounts/{account_id}/crm/campaigns": { get: "crm.campaigns.list"; post: "crm.campaigns.create"; };
  "/accounts/{account_id}/crm/campaigns/{campaign_id}": { get: "crm.campaigns.retrieve"; delete: "crm.campaigns.delete"; patch: "crm.campaigns.update"; };
  "/accounts/{account_id}/crm/tasks": { get: "crm.tasks.list"; post: "crm.tasks.create"; };
  "/accounts/{account_id}/crm/tasks/{task_id}": { get: "crm.tasks.retrieve"; delete: "crm.tasks.delete"; patch: "crm.tasks.update"; };
  "/accounts/{account_id}/crm/objects": { get: "crm.objects.list"; post: "crm.objects.create"; };
  "/accounts/{account_id}/crm/objects/{object_id}": { get: "crm.objects.retrieve"; delete: "crm.objects.delete"; patch: "crm.objects.update"; };
  "/accounts/{account_id}/crm/search": { get: "crm.search"; };
  "/accounts/{account_id}/crm/batch": { post: "crm.batch"; };
  "/accounts/{account_id}/crm/schemas": { get: "crm.schemas.list"; };
  "/accounts/{account_id}/crm/schemas/{schema_id}": { get: "crm.schemas.retrieve"; };
  "/meta/applications": { get: "meta.applications.list"; post: "meta.applications.create"; };
  "/meta/applications/{application_id}": { get: "meta.applications.retrieve"; delete: "meta.applications.delete"; patch: "meta.applications.update"; };
  "/meta/applications/{application_id}/apikeys": { get: "meta.apiKeys.list"; post: "meta.apiKeys.create"; };
  "/meta/applications/{application_id}/apikeys/{api_key}": { delete: "meta.apiKeys.delete"; };
  "/meta/applications/{application_id}/webhooks": { get: "meta.webhooks.list"; post: "meta.webhooks.create"; };
  "/meta/applications/{application_id}/webhooks/{webhook_id}": { get: "meta.webhooks.retrieve"; delete: "meta.webhooks.delete"; };
  "/meta/developers": { get: "meta.developers.list"; };
  "/meta/developers/{developer_id}": { get: "meta.developers.retrieve"; patch: "meta.developers.update"; };
  "/meta/licenses/{license_id}/contents": { get: "meta.licenses.download"; };
  "/meta/applications/{application_id}/trusted_domains": { get: "meta.trustedDomains.list"; post: "meta.trustedDomains.create"; };
  "/meta/applications/{application_id}/trusted_domains/{trusted_domain_id}": { delete: "meta.trustedDomains.delete"; };
  "/accounts/{account_id}/subscriptions": { get: "subscriptions.list"; post: "subscriptions.create"; };
  "/accounts/{account_id}/subscriptions/{subscription_id}": { get: "subscriptions.retrieve"; };
  "/accounts/{account_id}/subscriptions/{subscription_id}/activity": { get: "subscriptions.listActivity"; };
  "/accounts/{account_id}/messaging/conversations": { get: "chat.conversations.list"; };
  "/accounts/{account_id}/itsm/incidents": { get: "itsm.incidents.list"; };
  "/meetings/windows": { get: "meetings.windows.list"; post: "meetings.windows.create"; };
  "/meetings/windows/{window_id}": { get: "meetings.windows.retrieve"; delete: "meetings.windows.delete"; patch: "meetings.windows.update"; };
  "/meetings/windows/{window_id}/time-slots": { get: "meetings.windows.listTimeSlots"; };
  "/meetings/windows/{window_id}/schedule": { post: "meetings.windows.schedule"; };
  "/meetings/events/{scheduled_event_id}": { get: "meetings.events.retrieve"; delete: "meetings.events.delete"; patch: "meetings.events.update"; };
}
