/**
 * The per-operation methods, grouped as the spec's operationIds group them
 * (`storage.files.retrieve` becomes `account.storage.files.retrieve(fileId)`), as type-level
 * data: each method is a `Method` naming its operation, its path arguments and, for operations
 * marked `x-kloudless-helper`, the runtime helper serving it (e.g. `account.storage.files.upload`
 * streams and uses multipart uploads). src/operation-types.ts turns the trees into the
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
     * `GET /accounts/{account_id}/tasks/{task_id}`
     */
    retrieve: Method<"tasks.retrieve", [taskId: string]>;
  };
  /** `core` operations. */
  readonly core: {
    /**
     * Pass-through request
     *
     * `POST /accounts/{account_id}/raw`
     */
    raw: Method<"core.raw", []>;
    /**
     * Encode a raw ID
     *
     * `POST /accounts/{account_id}/encode_raw_id`
     */
    encodeRawId: Method<"core.encodeRawId", []>;
  };
  /** `accounts` operations. */
  readonly accounts: {
    /**
     * Retrieve an account
     *
     * `GET /accounts/{account_id}`
     */
    retrieve: Method<"accounts.retrieve", []>;
    /**
     * Delete an account
     *
     * `DELETE /accounts/{account_id}`
     */
    delete: Method<"accounts.delete", []>;
    /**
     * Update an account
     *
     * `PATCH /accounts/{account_id}`
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
       * `POST /accounts/{account_id}/storage/files`
       *
       * Served by the runtime helper `uploadFile` (`x-kloudless-helper`); the plain operation stays
       * reachable through the typed path call.
       */
      upload: Method<"storage.files.upload", [], "uploadFile">;
      /**
       * Create an upload URL
       *
       * `POST /accounts/{account_id}/storage/files/upload_url`
       */
      createUploadUrl: Method<"storage.files.createUploadUrl", []>;
      /**
       * Retrieve a file's metadata
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}`
       */
      retrieve: Method<"storage.files.retrieve", [fileId: string]>;
      /**
       * Replace a file's contents
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}`
       */
      updateContents: Method<"storage.files.updateContents", [fileId: string]>;
      /**
       * Delete a file
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}`
       */
      delete: Method<"storage.files.delete", [fileId: string]>;
      /**
       * Rename or move a file
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}`
       */
      update: Method<"storage.files.update", [fileId: string]>;
      /**
       * Download a file
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/contents`
       *
       * Served by the runtime helper `downloadFile` (`x-kloudless-helper`); the plain operation stays
       * reachable through the typed path call.
       */
      download: Method<"storage.files.download", [], "downloadFile">;
      /**
       * Copy a file
       *
       * `POST /accounts/{account_id}/storage/files/{file_id}/copy`
       */
      copy: Method<"storage.files.copy", [fileId: string]>;
      /**
       * Download a thumbnail of a file
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/thumbnail`
       */
      thumbnail: Method<"storage.files.thumbnail", [fileId: string]>;
      /**
       * List a file's service-level links
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/links`
       */
      listServiceLinks: Method<"storage.files.listServiceLinks", [fileId: string]>;
      /**
       * List a file's permissions
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      listPermissions: Method<"storage.files.listPermissions", [fileId: string]>;
      /**
       * Replace a file's permissions
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      setPermissions: Method<"storage.files.setPermissions", [fileId: string]>;
      /**
       * Add or change a file's permissions
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      updatePermissions: Method<"storage.files.updatePermissions", [fileId: string]>;
      /**
       * List a file's properties
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      listProperties: Method<"storage.files.listProperties", [fileId: string]>;
      /**
       * Delete all of a file's properties
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      deleteProperties: Method<"storage.files.deleteProperties", [fileId: string]>;
      /**
       * Add, change or remove a file's properties
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      updateProperties: Method<"storage.files.updateProperties", [fileId: string]>;
    };
    /** `storage.folders` operations. */
    readonly folders: {
      /**
       * Create a folder
       *
       * `POST /accounts/{account_id}/storage/folders`
       */
      create: Method<"storage.folders.create", []>;
      /**
       * Retrieve a folder's metadata
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}`
       */
      retrieve: Method<"storage.folders.retrieve", [folderId: string]>;
      /**
       * Delete a folder
       *
       * `DELETE /accounts/{account_id}/storage/folders/{folder_id}`
       */
      delete: Method<"storage.folders.delete", [folderId: string]>;
      /**
       * Rename or move a folder
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}`
       */
      update: Method<"storage.folders.update", [folderId: string]>;
      /**
       * List a folder's contents
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/contents`
       */
      listContents: Method<"storage.folders.listContents", [folderId: string]>;
      /**
       * Copy a folder
       *
       * `POST /accounts/{account_id}/storage/folders/{folder_id}/copy`
       */
      copy: Method<"storage.folders.copy", [folderId: string]>;
      /**
       * List a folder's service-level links
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/links`
       */
      listServiceLinks: Method<"storage.folders.listServiceLinks", [folderId: string]>;
      /**
       * List a folder's permissions
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      listPermissions: Method<"storage.folders.listPermissions", [folderId: string]>;
      /**
       * Replace a folder's permissions
       *
       * `PUT /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      setPermissions: Method<"storage.folders.setPermissions", [folderId: string]>;
      /**
       * Add or change a folder's permissions
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      updatePermissions: Method<"storage.folders.updatePermissions", [folderId: string]>;
    };
    /** `storage.multipart` operations. */
    readonly multipart: {
      /**
       * Initialize a multipart upload session
       *
       * `POST /accounts/{account_id}/storage/multipart`
       */
      init: Method<"storage.multipart.init", []>;
      /**
       * Retrieve a multipart upload session
       *
       * `GET /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      retrieve: Method<"storage.multipart.retrieve", [multipartId: string]>;
      /**
       * Upload one part
       *
       * `PUT /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      uploadPart: Method<"storage.multipart.uploadPart", [multipartId: string]>;
      /**
       * Abort a multipart upload session
       *
       * `DELETE /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      abort: Method<"storage.multipart.abort", [multipartId: string]>;
      /**
       * Finalize a multipart upload session
       *
       * `POST /accounts/{account_id}/storage/multipart/{multipart_id}/complete`
       */
      complete: Method<"storage.multipart.complete", [multipartId: string]>;
    };
    /** `storage.links` operations. */
    readonly links: {
      /**
       * List links
       *
       * `GET /accounts/{account_id}/storage/links`
       */
      list: Method<"storage.links.list", []>;
      /**
       * Create a link
       *
       * `POST /accounts/{account_id}/storage/links`
       */
      create: Method<"storage.links.create", []>;
      /**
       * Retrieve a link
       *
       * `GET /accounts/{account_id}/storage/links/{link_id}`
       */
      retrieve: Method<"storage.links.retrieve", [linkId: string]>;
      /**
       * Delete a link
       *
       * `DELETE /accounts/{account_id}/storage/links/{link_id}`
       */
      delete: Method<"storage.links.delete", [linkId: string]>;
      /**
       * Update a link
       *
       * `PATCH /accounts/{account_id}/storage/links/{link_id}`
       */
      update: Method<"storage.links.update", [linkId: string]>;
    };
    /**
     * Search files and folders
     *
     * `GET /accounts/{account_id}/storage/search`
     */
    search: Method<"storage.search", []>;
    /**
     * List recently modified files
     *
     * `GET /accounts/{account_id}/storage/recent`
     */
    recent: Method<"storage.recent", []>;
    /**
     * Retrieve the storage quota
     *
     * `GET /accounts/{account_id}/storage/quota`
     */
    quota: Method<"storage.quota", []>;
    /**
     * Convert an upstream ID into a Kloudless ID
     *
     * `POST /accounts/{account_id}/storage/convert_id`
     */
    convertId: Method<"storage.convertId", []>;
  };
  /** `events` operations. */
  readonly events: {
    /**
     * List events
     *
     * `GET /accounts/{account_id}/events`
     */
    list: Method<"events.list", []>;
    /**
     * Retrieve the latest cursor
     *
     * `GET /accounts/{account_id}/events/latest`
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
       * `GET /accounts/{account_id}/cal/calendars`
       */
      list: Method<"calendar.calendars.list", []>;
      /**
       * Create a calendar
       *
       * `POST /accounts/{account_id}/cal/calendars`
       */
      create: Method<"calendar.calendars.create", []>;
      /**
       * Retrieve a calendar
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      retrieve: Method<"calendar.calendars.retrieve", [calendarId: string]>;
      /**
       * Delete a calendar
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      delete: Method<"calendar.calendars.delete", [calendarId: string]>;
      /**
       * Update a calendar
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      update: Method<"calendar.calendars.update", [calendarId: string]>;
    };
    /** `calendar.events` operations. */
    readonly events: {
      /**
       * List events
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       */
      list: Method<"calendar.events.list", [calendarId: string]>;
      /**
       * Create an event
       *
       * `POST /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       */
      create: Method<"calendar.events.create", [calendarId: string]>;
      /**
       * Retrieve an event
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      retrieve: Method<"calendar.events.retrieve", [calendarId: string, eventId: string]>;
      /**
       * Delete an event
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      delete: Method<"calendar.events.delete", [calendarId: string, eventId: string]>;
      /**
       * Update an event
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      update: Method<"calendar.events.update", [calendarId: string, eventId: string]>;
    };
    /**
     * Find availability
     *
     * `POST /accounts/{account_id}/cal/availability`
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
       * `GET /accounts/{account_id}/team/users`
       */
      list: Method<"team.users.list", []>;
      /**
       * Retrieve a user
       *
       * `GET /accounts/{account_id}/team/users/{user_id}`
       */
      retrieve: Method<"team.users.retrieve", [userId: string]>;
      /**
       * List a user's groups
       *
       * `GET /accounts/{account_id}/team/users/{user_id}/memberships`
       */
      listMemberships: Method<"team.users.listMemberships", [userId: string]>;
    };
    /** `team.groups` operations. */
    readonly groups: {
      /**
       * List groups
       *
       * `GET /accounts/{account_id}/team/groups`
       */
      list: Method<"team.groups.list", []>;
      /**
       * Retrieve a group
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}`
       */
      retrieve: Method<"team.groups.retrieve", [groupId: string]>;
      /**
       * List a group's members
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}/members`
       */
      listMembers: Method<"team.groups.listMembers", [groupId: string]>;
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
     * `GET /oauth`
     */
    authorize: Method<"oauth.authorize", []>;
    /**
     * Verify an access token
     *
     * `GET /oauth/token`
     */
    verifyToken: Method<"oauth.verifyToken", []>;
    /**
     * Exchange an authorization code for an access token
     *
     * `POST /oauth/token`
     */
    getToken: Method<"oauth.getToken", []>;
  };
  /** `tasks` operations. */
  readonly tasks: {
    /**
     * Retrieve a task
     *
     * `GET /accounts/{account_id}/tasks/{task_id}`
     */
    retrieve: Method<"tasks.retrieve", [accountId: string | number, taskId: string]>;
  };
  /** `core` operations. */
  readonly core: {
    /**
     * Pass-through request
     *
     * `POST /accounts/{account_id}/raw`
     */
    raw: Method<"core.raw", [accountId: string | number]>;
    /**
     * Encode a raw ID
     *
     * `POST /accounts/{account_id}/encode_raw_id`
     */
    encodeRawId: Method<"core.encodeRawId", [accountId: string | number]>;
  };
  /** `services` operations. */
  readonly services: {
    /**
     * List services
     *
     * `GET /public/services`
     */
    list: Method<"services.list", []>;
    /**
     * Retrieve a service
     *
     * `GET /public/services/{service_id}`
     */
    retrieve: Method<"services.retrieve", [serviceId: string]>;
  };
  /** `accounts` operations. */
  readonly accounts: {
    /**
     * List accounts
     *
     * `GET /accounts`
     */
    list: Method<"accounts.list", []>;
    /**
     * Import an account
     *
     * `POST /accounts`
     */
    import: Method<"accounts.import", []>;
    /**
     * Retrieve an account
     *
     * `GET /accounts/{account_id}`
     */
    retrieve: Method<"accounts.retrieve", [accountId: string | number]>;
    /**
     * Delete an account
     *
     * `DELETE /accounts/{account_id}`
     */
    delete: Method<"accounts.delete", [accountId: string | number]>;
    /**
     * Update an account
     *
     * `PATCH /accounts/{account_id}`
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
       * `POST /accounts/{account_id}/storage/files`
       *
       * Served by the runtime helper `uploadFile` (`x-kloudless-helper`); the plain operation stays
       * reachable through the typed path call.
       */
      upload: Method<"storage.files.upload", [accountId: string | number], "uploadFile">;
      /**
       * Create an upload URL
       *
       * `POST /accounts/{account_id}/storage/files/upload_url`
       */
      createUploadUrl: Method<"storage.files.createUploadUrl", [accountId: string | number]>;
      /**
       * Retrieve a file's metadata
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}`
       */
      retrieve: Method<"storage.files.retrieve", [accountId: string | number, fileId: string]>;
      /**
       * Replace a file's contents
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}`
       */
      updateContents: Method<"storage.files.updateContents", [accountId: string | number, fileId: string]>;
      /**
       * Delete a file
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}`
       */
      delete: Method<"storage.files.delete", [accountId: string | number, fileId: string]>;
      /**
       * Rename or move a file
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}`
       */
      update: Method<"storage.files.update", [accountId: string | number, fileId: string]>;
      /**
       * Download a file
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/contents`
       *
       * Served by the runtime helper `downloadFile` (`x-kloudless-helper`); the plain operation stays
       * reachable through the typed path call.
       */
      download: Method<"storage.files.download", [accountId: string | number], "downloadFile">;
      /**
       * Copy a file
       *
       * `POST /accounts/{account_id}/storage/files/{file_id}/copy`
       */
      copy: Method<"storage.files.copy", [accountId: string | number, fileId: string]>;
      /**
       * Download a thumbnail of a file
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/thumbnail`
       */
      thumbnail: Method<"storage.files.thumbnail", [accountId: string | number, fileId: string]>;
      /**
       * List a file's service-level links
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/links`
       */
      listServiceLinks: Method<"storage.files.listServiceLinks", [accountId: string | number, fileId: string]>;
      /**
       * List a file's permissions
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      listPermissions: Method<"storage.files.listPermissions", [accountId: string | number, fileId: string]>;
      /**
       * Replace a file's permissions
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      setPermissions: Method<"storage.files.setPermissions", [accountId: string | number, fileId: string]>;
      /**
       * Add or change a file's permissions
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      updatePermissions: Method<"storage.files.updatePermissions", [accountId: string | number, fileId: string]>;
      /**
       * List a file's properties
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      listProperties: Method<"storage.files.listProperties", [accountId: string | number, fileId: string]>;
      /**
       * Delete all of a file's properties
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      deleteProperties: Method<"storage.files.deleteProperties", [accountId: string | number, fileId: string]>;
      /**
       * Add, change or remove a file's properties
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      updateProperties: Method<"storage.files.updateProperties", [accountId: string | number, fileId: string]>;
    };
    /** `storage.folders` operations. */
    readonly folders: {
      /**
       * Create a folder
       *
       * `POST /accounts/{account_id}/storage/folders`
       */
      create: Method<"storage.folders.create", [accountId: string | number]>;
      /**
       * Retrieve a folder's metadata
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}`
       */
      retrieve: Method<"storage.folders.retrieve", [accountId: string | number, folderId: string]>;
      /**
       * Delete a folder
       *
       * `DELETE /accounts/{account_id}/storage/folders/{folder_id}`
       */
      delete: Method<"storage.folders.delete", [accountId: string | number, folderId: string]>;
      /**
       * Rename or move a folder
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}`
       */
      update: Method<"storage.folders.update", [accountId: string | number, folderId: string]>;
      /**
       * List a folder's contents
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/contents`
       */
      listContents: Method<"storage.folders.listContents", [accountId: string | number, folderId: string]>;
      /**
       * Copy a folder
       *
       * `POST /accounts/{account_id}/storage/folders/{folder_id}/copy`
       */
      copy: Method<"storage.folders.copy", [accountId: string | number, folderId: string]>;
      /**
       * List a folder's service-level links
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/links`
       */
      listServiceLinks: Method<"storage.folders.listServiceLinks", [accountId: string | number, folderId: string]>;
      /**
       * List a folder's permissions
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      listPermissions: Method<"storage.folders.listPermissions", [accountId: string | number, folderId: string]>;
      /**
       * Replace a folder's permissions
       *
       * `PUT /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      setPermissions: Method<"storage.folders.setPermissions", [accountId: string | number, folderId: string]>;
      /**
       * Add or change a folder's permissions
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      updatePermissions: Method<"storage.folders.updatePermissions", [accountId: string | number, folderId: string]>;
    };
    /** `storage.multipart` operations. */
    readonly multipart: {
      /**
       * Initialize a multipart upload session
       *
       * `POST /accounts/{account_id}/storage/multipart`
       */
      init: Method<"storage.multipart.init", [accountId: string | number]>;
      /**
       * Retrieve a multipart upload session
       *
       * `GET /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      retrieve: Method<"storage.multipart.retrieve", [accountId: string | number, multipartId: string]>;
      /**
       * Upload one part
       *
       * `PUT /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      uploadPart: Method<"storage.multipart.uploadPart", [accountId: string | number, multipartId: string]>;
      /**
       * Abort a multipart upload session
       *
       * `DELETE /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      abort: Method<"storage.multipart.abort", [accountId: string | number, multipartId: string]>;
      /**
       * Finalize a multipart upload session
       *
       * `POST /accounts/{account_id}/storage/multipart/{multipart_id}/complete`
       */
      complete: Method<"storage.multipart.complete", [accountId: string | number, multipartId: string]>;
    };
    /** `storage.links` operations. */
    readonly links: {
      /**
       * List links
       *
       * `GET /accounts/{account_id}/storage/links`
       */
      list: Method<"storage.links.list", [accountId: string | number]>;
      /**
       * Create a link
       *
       * `POST /accounts/{account_id}/storage/links`
       */
      create: Method<"storage.links.create", [accountId: string | number]>;
      /**
       * Retrieve a link
       *
       * `GET /accounts/{account_id}/storage/links/{link_id}`
       */
      retrieve: Method<"storage.links.retrieve", [accountId: string | number, linkId: string]>;
      /**
       * Delete a link
       *
       * `DELETE /accounts/{account_id}/storage/links/{link_id}`
       */
      delete: Method<"storage.links.delete", [accountId: string | number, linkId: string]>;
      /**
       * Update a link
       *
       * `PATCH /accounts/{account_id}/storage/links/{link_id}`
       */
      update: Method<"storage.links.update", [accountId: string | number, linkId: string]>;
    };
    /**
     * Search files and folders
     *
     * `GET /accounts/{account_id}/storage/search`
     */
    search: Method<"storage.search", [accountId: string | number]>;
    /**
     * List recently modified files
     *
     * `GET /accounts/{account_id}/storage/recent`
     */
    recent: Method<"storage.recent", [accountId: string | number]>;
    /**
     * Retrieve the storage quota
     *
     * `GET /accounts/{account_id}/storage/quota`
     */
    quota: Method<"storage.quota", [accountId: string | number]>;
    /**
     * Convert an upstream ID into a Kloudless ID
     *
     * `POST /accounts/{account_id}/storage/convert_id`
     */
    convertId: Method<"storage.convertId", [accountId: string | number]>;
  };
  /** `events` operations. */
  readonly events: {
    /**
     * List events
     *
     * `GET /accounts/{account_id}/events`
     */
    list: Method<"events.list", [accountId: string | number]>;
    /**
     * Retrieve the latest cursor
     *
     * `GET /accounts/{account_id}/events/latest`
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
       * `GET /accounts/{account_id}/cal/calendars`
       */
      list: Method<"calendar.calendars.list", [accountId: string | number]>;
      /**
       * Create a calendar
       *
       * `POST /accounts/{account_id}/cal/calendars`
       */
      create: Method<"calendar.calendars.create", [accountId: string | number]>;
      /**
       * Retrieve a calendar
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      retrieve: Method<"calendar.calendars.retrieve", [accountId: string | number, calendarId: string]>;
      /**
       * Delete a calendar
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      delete: Method<"calendar.calendars.delete", [accountId: string | number, calendarId: string]>;
      /**
       * Update a calendar
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      update: Method<"calendar.calendars.update", [accountId: string | number, calendarId: string]>;
    };
    /** `calendar.events` operations. */
    readonly events: {
      /**
       * List events
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       */
      list: Method<"calendar.events.list", [accountId: string | number, calendarId: string]>;
      /**
       * Create an event
       *
       * `POST /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       */
      create: Method<"calendar.events.create", [accountId: string | number, calendarId: string]>;
      /**
       * Retrieve an event
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      retrieve: Method<"calendar.events.retrieve", [accountId: string | number, calendarId: string, eventId: string]>;
      /**
       * Delete an event
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      delete: Method<"calendar.events.delete", [accountId: string | number, calendarId: string, eventId: string]>;
      /**
       * Update an event
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      update: Method<"calendar.events.update", [accountId: string | number, calendarId: string, eventId: string]>;
    };
    /**
     * Find availability
     *
     * `POST /accounts/{account_id}/cal/availability`
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
       * `GET /accounts/{account_id}/team/users`
       */
      list: Method<"team.users.list", [accountId: string | number]>;
      /**
       * Retrieve a user
       *
       * `GET /accounts/{account_id}/team/users/{user_id}`
       */
      retrieve: Method<"team.users.retrieve", [accountId: string | number, userId: string]>;
      /**
       * List a user's groups
       *
       * `GET /accounts/{account_id}/team/users/{user_id}/memberships`
       */
      listMemberships: Method<"team.users.listMemberships", [accountId: string | number, userId: string]>;
    };
    /** `team.groups` operations. */
    readonly groups: {
      /**
       * List groups
       *
       * `GET /accounts/{account_id}/team/groups`
       */
      list: Method<"team.groups.list", [accountId: string | number]>;
      /**
       * Retrieve a group
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}`
       */
      retrieve: Method<"team.groups.retrieve", [accountId: string | number, groupId: string]>;
      /**
       * List a group's members
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}/members`
       */
      listMembers: Method<"team.groups.listMembers", [accountId: string | number, groupId: string]>;
    };
  };
  /** `meta` operations. */
  readonly meta: {
    /** `meta.applications` operations. */
    readonly applications: {
      /**
       * List applications
       *
       * `GET /meta/applications`
       */
      list: Method<"meta.applications.list", []>;
      /**
       * Create an application
       *
       * `POST /meta/applications`
       */
      create: Method<"meta.applications.create", []>;
      /**
       * Retrieve an application
       *
       * `GET /meta/applications/{application_id}`
       */
      retrieve: Method<"meta.applications.retrieve", [applicationId: string]>;
      /**
       * Delete an application
       *
       * `DELETE /meta/applications/{application_id}`
       */
      delete: Method<"meta.applications.delete", [applicationId: string]>;
      /**
       * Update an application
       *
       * `PATCH /meta/applications/{application_id}`
       */
      update: Method<"meta.applications.update", [applicationId: string]>;
    };
    /** `meta.apiKeys` operations. */
    readonly apiKeys: {
      /**
       * List the API keys of an application
       *
       * `GET /meta/applications/{application_id}/apikeys`
       */
      list: Method<"meta.apiKeys.list", [applicationId: string]>;
      /**
       * Create an API key
       *
       * `POST /meta/applications/{application_id}/apikeys`
       */
      create: Method<"meta.apiKeys.create", [applicationId: string]>;
      /**
       * Delete an API key
       *
       * `DELETE /meta/applications/{application_id}/apikeys/{api_key}`
       */
      delete: Method<"meta.apiKeys.delete", [applicationId: string, apiKey: string]>;
    };
    /** `meta.webhooks` operations. */
    readonly webhooks: {
      /**
       * List the webhooks of an application
       *
       * `GET /meta/applications/{application_id}/webhooks`
       */
      list: Method<"meta.webhooks.list", [applicationId: string]>;
      /**
       * Create a webhook
       *
       * `POST /meta/applications/{application_id}/webhooks`
       */
      create: Method<"meta.webhooks.create", [applicationId: string]>;
      /**
       * Retrieve a webhook
       *
       * `GET /meta/applications/{application_id}/webhooks/{webhook_id}`
       */
      retrieve: Method<"meta.webhooks.retrieve", [applicationId: string, webhookId: string]>;
      /**
       * Delete a webhook
       *
       * `DELETE /meta/applications/{application_id}/webhooks/{webhook_id}`
       */
      delete: Method<"meta.webhooks.delete", [applicationId: string, webhookId: string]>;
    };
    /** `meta.developers` operations. */
    readonly developers: {
      /**
       * List developers
       *
       * `GET /meta/developers`
       */
      list: Method<"meta.developers.list", []>;
      /**
       * Retrieve a developer
       *
       * `GET /meta/developers/{developer_id}`
       */
      retrieve: Method<"meta.developers.retrieve", [developerId: string]>;
      /**
       * Update a developer
       *
       * `PATCH /meta/developers/{developer_id}`
       */
      update: Method<"meta.developers.update", [developerId: string]>;
    };
    /** `meta.licenses` operations. */
    readonly licenses: {
      /**
       * Download a license file
       *
       * `GET /meta/licenses/{license_id}/contents`
       */
      download: Method<"meta.licenses.download", [licenseId: string]>;
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
  "/meta/applications": { get: "meta.applications.list"; post: "meta.applications.create"; };
  "/meta/applications/{application_id}": { get: "meta.applications.retrieve"; delete: "meta.applications.delete"; patch: "meta.applications.update"; };
  "/meta/applications/{application_id}/apikeys": { get: "meta.apiKeys.list"; post: "meta.apiKeys.create"; };
  "/meta/applications/{application_id}/apikeys/{api_key}": { delete: "meta.apiKeys.delete"; };
  "/meta/applications/{application_id}/webhooks": { get: "meta.webhooks.list"; post: "meta.webhooks.create"; };
  "/meta/applications/{application_id}/webhooks/{webhook_id}": { get: "meta.webhooks.retrieve"; delete: "meta.webhooks.delete"; };
  "/meta/developers": { get: "meta.developers.list"; };
  "/meta/developers/{developer_id}": { get: "meta.developers.retrieve"; patch: "meta.developers.update"; };
  "/meta/licenses/{license_id}/contents": { get: "meta.licenses.download"; };
}
