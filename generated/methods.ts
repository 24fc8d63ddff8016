/**
 * Typed per-operation methods, grouped as the spec's operationIds group them
 * (`storage.files.retrieve` becomes `account.storage.files.retrieve(fileId)`).
 * Only types live here; the runtime builds the methods lazily from the operation table.
 * Operations marked `x-kloudless-helper` are served by the runtime helper of that name
 * (src/helpers.ts), e.g. `account.storage.files.upload` streams and uses multipart uploads.
 * Generated from spec/ by codegen/generate.ts. Do not edit.
 */
import type { ClientHelper, Helpers } from "../src/helpers.ts";
import type { AccountCall, ClientCall } from "../src/operation-types.ts";

/** The operations an `Account` offers: every account-scoped operation, its account bound. */
export interface AccountOperations {
  /** `tasks` operations. */
  readonly tasks: {
    /**
     * Retrieve a task
     *
     * `GET /accounts/{account_id}/tasks/{task_id}`
     */
    retrieve: AccountCall<"tasks.retrieve", [taskId: string]>;
  };
  /** `core` operations. */
  readonly core: {
    /**
     * Pass-through request
     *
     * `POST /accounts/{account_id}/raw`
     */
    raw: AccountCall<"core.raw", []>;
    /**
     * Encode a raw ID
     *
     * `POST /accounts/{account_id}/encode_raw_id`
     */
    encodeRawId: AccountCall<"core.encodeRawId", []>;
  };
  /** `accounts` operations. */
  readonly accounts: {
    /**
     * Retrieve an account
     *
     * `GET /accounts/{account_id}`
     */
    retrieve: AccountCall<"accounts.retrieve", []>;
    /**
     * Delete an account
     *
     * `DELETE /accounts/{account_id}`
     */
    delete: AccountCall<"accounts.delete", []>;
    /**
     * Update an account
     *
     * `PATCH /accounts/{account_id}`
     */
    update: AccountCall<"accounts.update", []>;
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
      upload: Helpers["uploadFile"];
      /**
       * Create an upload URL
       *
       * `POST /accounts/{account_id}/storage/files/upload_url`
       */
      createUploadUrl: AccountCall<"storage.files.createUploadUrl", []>;
      /**
       * Retrieve a file's metadata
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}`
       */
      retrieve: AccountCall<"storage.files.retrieve", [fileId: string]>;
      /**
       * Replace a file's contents
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}`
       */
      updateContents: AccountCall<"storage.files.updateContents", [fileId: string]>;
      /**
       * Delete a file
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}`
       */
      delete: AccountCall<"storage.files.delete", [fileId: string]>;
      /**
       * Rename or move a file
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}`
       */
      update: AccountCall<"storage.files.update", [fileId: string]>;
      /**
       * Download a file
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/contents`
       *
       * Served by the runtime helper `downloadFile` (`x-kloudless-helper`); the plain operation stays
       * reachable through the typed path call.
       */
      download: Helpers["downloadFile"];
      /**
       * Copy a file
       *
       * `POST /accounts/{account_id}/storage/files/{file_id}/copy`
       */
      copy: AccountCall<"storage.files.copy", [fileId: string]>;
      /**
       * Download a thumbnail of a file
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/thumbnail`
       */
      thumbnail: AccountCall<"storage.files.thumbnail", [fileId: string]>;
      /**
       * List a file's service-level links
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/links`
       */
      listServiceLinks: AccountCall<"storage.files.listServiceLinks", [fileId: string]>;
      /**
       * List a file's permissions
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      listPermissions: AccountCall<"storage.files.listPermissions", [fileId: string]>;
      /**
       * Replace a file's permissions
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      setPermissions: AccountCall<"storage.files.setPermissions", [fileId: string]>;
      /**
       * Add or change a file's permissions
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      updatePermissions: AccountCall<"storage.files.updatePermissions", [fileId: string]>;
      /**
       * List a file's properties
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      listProperties: AccountCall<"storage.files.listProperties", [fileId: string]>;
      /**
       * Delete all of a file's properties
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      deleteProperties: AccountCall<"storage.files.deleteProperties", [fileId: string]>;
      /**
       * Add, change or remove a file's properties
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      updateProperties: AccountCall<"storage.files.updateProperties", [fileId: string]>;
    };
    /** `storage.folders` operations. */
    readonly folders: {
      /**
       * Create a folder
       *
       * `POST /accounts/{account_id}/storage/folders`
       */
      create: AccountCall<"storage.folders.create", []>;
      /**
       * Retrieve a folder's metadata
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}`
       */
      retrieve: AccountCall<"storage.folders.retrieve", [folderId: string]>;
      /**
       * Delete a folder
       *
       * `DELETE /accounts/{account_id}/storage/folders/{folder_id}`
       */
      delete: AccountCall<"storage.folders.delete", [folderId: string]>;
      /**
       * Rename or move a folder
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}`
       */
      update: AccountCall<"storage.folders.update", [folderId: string]>;
      /**
       * List a folder's contents
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/contents`
       */
      listContents: AccountCall<"storage.folders.listContents", [folderId: string]>;
      /**
       * Copy a folder
       *
       * `POST /accounts/{account_id}/storage/folders/{folder_id}/copy`
       */
      copy: AccountCall<"storage.folders.copy", [folderId: string]>;
      /**
       * List a folder's service-level links
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/links`
       */
      listServiceLinks: AccountCall<"storage.folders.listServiceLinks", [folderId: string]>;
      /**
       * List a folder's permissions
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      listPermissions: AccountCall<"storage.folders.listPermissions", [folderId: string]>;
      /**
       * Replace a folder's permissions
       *
       * `PUT /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      setPermissions: AccountCall<"storage.folders.setPermissions", [folderId: string]>;
      /**
       * Add or change a folder's permissions
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      updatePermissions: AccountCall<"storage.folders.updatePermissions", [folderId: string]>;
    };
    /** `storage.multipart` operations. */
    readonly multipart: {
      /**
       * Initialize a multipart upload session
       *
       * `POST /accounts/{account_id}/storage/multipart`
       */
      init: AccountCall<"storage.multipart.init", []>;
      /**
       * Retrieve a multipart upload session
       *
       * `GET /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      retrieve: AccountCall<"storage.multipart.retrieve", [multipartId: string]>;
      /**
       * Upload one part
       *
       * `PUT /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      uploadPart: AccountCall<"storage.multipart.uploadPart", [multipartId: string]>;
      /**
       * Abort a multipart upload session
       *
       * `DELETE /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      abort: AccountCall<"storage.multipart.abort", [multipartId: string]>;
      /**
       * Finalize a multipart upload session
       *
       * `POST /accounts/{account_id}/storage/multipart/{multipart_id}/complete`
       */
      complete: AccountCall<"storage.multipart.complete", [multipartId: string]>;
    };
    /** `storage.links` operations. */
    readonly links: {
      /**
       * List links
       *
       * `GET /accounts/{account_id}/storage/links`
       */
      list: AccountCall<"storage.links.list", []>;
      /**
       * Create a link
       *
       * `POST /accounts/{account_id}/storage/links`
       */
      create: AccountCall<"storage.links.create", []>;
      /**
       * Retrieve a link
       *
       * `GET /accounts/{account_id}/storage/links/{link_id}`
       */
      retrieve: AccountCall<"storage.links.retrieve", [linkId: string]>;
      /**
       * Delete a link
       *
       * `DELETE /accounts/{account_id}/storage/links/{link_id}`
       */
      delete: AccountCall<"storage.links.delete", [linkId: string]>;
      /**
       * Update a link
       *
       * `PATCH /accounts/{account_id}/storage/links/{link_id}`
       */
      update: AccountCall<"storage.links.update", [linkId: string]>;
    };
    /**
     * Search files and folders
     *
     * `GET /accounts/{account_id}/storage/search`
     */
    search: AccountCall<"storage.search", []>;
    /**
     * List recently modified files
     *
     * `GET /accounts/{account_id}/storage/recent`
     */
    recent: AccountCall<"storage.recent", []>;
    /**
     * Retrieve the storage quota
     *
     * `GET /accounts/{account_id}/storage/quota`
     */
    quota: AccountCall<"storage.quota", []>;
    /**
     * Convert an upstream ID into a Kloudless ID
     *
     * `POST /accounts/{account_id}/storage/convert_id`
     */
    convertId: AccountCall<"storage.convertId", []>;
  };
  /** `events` operations. */
  readonly events: {
    /**
     * List events
     *
     * `GET /accounts/{account_id}/events`
     */
    list: AccountCall<"events.list", []>;
    /**
     * Retrieve the latest cursor
     *
     * `GET /accounts/{account_id}/events/latest`
     */
    latestCursor: AccountCall<"events.latestCursor", []>;
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
      list: AccountCall<"calendar.calendars.list", []>;
      /**
       * Create a calendar
       *
       * `POST /accounts/{account_id}/cal/calendars`
       */
      create: AccountCall<"calendar.calendars.create", []>;
      /**
       * Retrieve a calendar
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      retrieve: AccountCall<"calendar.calendars.retrieve", [calendarId: string]>;
      /**
       * Delete a calendar
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      delete: AccountCall<"calendar.calendars.delete", [calendarId: string]>;
      /**
       * Update a calendar
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      update: AccountCall<"calendar.calendars.update", [calendarId: string]>;
    };
    /** `calendar.events` operations. */
    readonly events: {
      /**
       * List events
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       */
      list: AccountCall<"calendar.events.list", [calendarId: string]>;
      /**
       * Create an event
       *
       * `POST /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       */
      create: AccountCall<"calendar.events.create", [calendarId: string]>;
      /**
       * Retrieve an event
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      retrieve: AccountCall<"calendar.events.retrieve", [calendarId: string, eventId: string]>;
      /**
       * Delete an event
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      delete: AccountCall<"calendar.events.delete", [calendarId: string, eventId: string]>;
      /**
       * Update an event
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      update: AccountCall<"calendar.events.update", [calendarId: string, eventId: string]>;
    };
    /**
     * Find availability
     *
     * `POST /accounts/{account_id}/cal/availability`
     */
    findAvailability: AccountCall<"calendar.findAvailability", []>;
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
      list: AccountCall<"team.users.list", []>;
      /**
       * Retrieve a user
       *
       * `GET /accounts/{account_id}/team/users/{user_id}`
       */
      retrieve: AccountCall<"team.users.retrieve", [userId: string]>;
      /**
       * List a user's groups
       *
       * `GET /accounts/{account_id}/team/users/{user_id}/memberships`
       */
      listMemberships: AccountCall<"team.users.listMemberships", [userId: string]>;
    };
    /** `team.groups` operations. */
    readonly groups: {
      /**
       * List groups
       *
       * `GET /accounts/{account_id}/team/groups`
       */
      list: AccountCall<"team.groups.list", []>;
      /**
       * Retrieve a group
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}`
       */
      retrieve: AccountCall<"team.groups.retrieve", [groupId: string]>;
      /**
       * List a group's members
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}/members`
       */
      listMembers: AccountCall<"team.groups.listMembers", [groupId: string]>;
    };
  };
}

/** The operations a `Client` offers: every operation; account-scoped ones take the account ID first. */
export interface ClientOperations {
  /** `oauth` operations. */
  readonly oauth: {
    /**
     * Start the OAuth 2.0 flow (first leg)
     *
     * `GET /oauth`
     */
    authorize: ClientCall<"oauth.authorize", []>;
    /**
     * Verify an access token
     *
     * `GET /oauth/token`
     */
    verifyToken: ClientCall<"oauth.verifyToken", []>;
    /**
     * Exchange an authorization code for an access token
     *
     * `POST /oauth/token`
     */
    getToken: ClientCall<"oauth.getToken", []>;
  };
  /** `tasks` operations. */
  readonly tasks: {
    /**
     * Retrieve a task
     *
     * `GET /accounts/{account_id}/tasks/{task_id}`
     */
    retrieve: ClientCall<"tasks.retrieve", [accountId: string | number, taskId: string]>;
  };
  /** `core` operations. */
  readonly core: {
    /**
     * Pass-through request
     *
     * `POST /accounts/{account_id}/raw`
     */
    raw: ClientCall<"core.raw", [accountId: string | number]>;
    /**
     * Encode a raw ID
     *
     * `POST /accounts/{account_id}/encode_raw_id`
     */
    encodeRawId: ClientCall<"core.encodeRawId", [accountId: string | number]>;
  };
  /** `services` operations. */
  readonly services: {
    /**
     * List services
     *
     * `GET /public/services`
     */
    list: ClientCall<"services.list", []>;
    /**
     * Retrieve a service
     *
     * `GET /public/services/{service_id}`
     */
    retrieve: ClientCall<"services.retrieve", [serviceId: string]>;
  };
  /** `accounts` operations. */
  readonly accounts: {
    /**
     * List accounts
     *
     * `GET /accounts`
     */
    list: ClientCall<"accounts.list", []>;
    /**
     * Import an account
     *
     * `POST /accounts`
     */
    import: ClientCall<"accounts.import", []>;
    /**
     * Retrieve an account
     *
     * `GET /accounts/{account_id}`
     */
    retrieve: ClientCall<"accounts.retrieve", [accountId: string | number]>;
    /**
     * Delete an account
     *
     * `DELETE /accounts/{account_id}`
     */
    delete: ClientCall<"accounts.delete", [accountId: string | number]>;
    /**
     * Update an account
     *
     * `PATCH /accounts/{account_id}`
     */
    update: ClientCall<"accounts.update", [accountId: string | number]>;
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
      upload: ClientHelper<"uploadFile">;
      /**
       * Create an upload URL
       *
       * `POST /accounts/{account_id}/storage/files/upload_url`
       */
      createUploadUrl: ClientCall<"storage.files.createUploadUrl", [accountId: string | number]>;
      /**
       * Retrieve a file's metadata
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}`
       */
      retrieve: ClientCall<"storage.files.retrieve", [accountId: string | number, fileId: string]>;
      /**
       * Replace a file's contents
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}`
       */
      updateContents: ClientCall<"storage.files.updateContents", [accountId: string | number, fileId: string]>;
      /**
       * Delete a file
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}`
       */
      delete: ClientCall<"storage.files.delete", [accountId: string | number, fileId: string]>;
      /**
       * Rename or move a file
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}`
       */
      update: ClientCall<"storage.files.update", [accountId: string | number, fileId: string]>;
      /**
       * Download a file
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/contents`
       *
       * Served by the runtime helper `downloadFile` (`x-kloudless-helper`); the plain operation stays
       * reachable through the typed path call.
       */
      download: ClientHelper<"downloadFile">;
      /**
       * Copy a file
       *
       * `POST /accounts/{account_id}/storage/files/{file_id}/copy`
       */
      copy: ClientCall<"storage.files.copy", [accountId: string | number, fileId: string]>;
      /**
       * Download a thumbnail of a file
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/thumbnail`
       */
      thumbnail: ClientCall<"storage.files.thumbnail", [accountId: string | number, fileId: string]>;
      /**
       * List a file's service-level links
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/links`
       */
      listServiceLinks: ClientCall<"storage.files.listServiceLinks", [accountId: string | number, fileId: string]>;
      /**
       * List a file's permissions
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      listPermissions: ClientCall<"storage.files.listPermissions", [accountId: string | number, fileId: string]>;
      /**
       * Replace a file's permissions
       *
       * `PUT /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      setPermissions: ClientCall<"storage.files.setPermissions", [accountId: string | number, fileId: string]>;
      /**
       * Add or change a file's permissions
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/permissions`
       */
      updatePermissions: ClientCall<"storage.files.updatePermissions", [accountId: string | number, fileId: string]>;
      /**
       * List a file's properties
       *
       * `GET /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      listProperties: ClientCall<"storage.files.listProperties", [accountId: string | number, fileId: string]>;
      /**
       * Delete all of a file's properties
       *
       * `DELETE /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      deleteProperties: ClientCall<"storage.files.deleteProperties", [accountId: string | number, fileId: string]>;
      /**
       * Add, change or remove a file's properties
       *
       * `PATCH /accounts/{account_id}/storage/files/{file_id}/properties`
       */
      updateProperties: ClientCall<"storage.files.updateProperties", [accountId: string | number, fileId: string]>;
    };
    /** `storage.folders` operations. */
    readonly folders: {
      /**
       * Create a folder
       *
       * `POST /accounts/{account_id}/storage/folders`
       */
      create: ClientCall<"storage.folders.create", [accountId: string | number]>;
      /**
       * Retrieve a folder's metadata
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}`
       */
      retrieve: ClientCall<"storage.folders.retrieve", [accountId: string | number, folderId: string]>;
      /**
       * Delete a folder
       *
       * `DELETE /accounts/{account_id}/storage/folders/{folder_id}`
       */
      delete: ClientCall<"storage.folders.delete", [accountId: string | number, folderId: string]>;
      /**
       * Rename or move a folder
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}`
       */
      update: ClientCall<"storage.folders.update", [accountId: string | number, folderId: string]>;
      /**
       * List a folder's contents
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/contents`
       */
      listContents: ClientCall<"storage.folders.listContents", [accountId: string | number, folderId: string]>;
      /**
       * Copy a folder
       *
       * `POST /accounts/{account_id}/storage/folders/{folder_id}/copy`
       */
      copy: ClientCall<"storage.folders.copy", [accountId: string | number, folderId: string]>;
      /**
       * List a folder's service-level links
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/links`
       */
      listServiceLinks: ClientCall<"storage.folders.listServiceLinks", [accountId: string | number, folderId: string]>;
      /**
       * List a folder's permissions
       *
       * `GET /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      listPermissions: ClientCall<"storage.folders.listPermissions", [accountId: string | number, folderId: string]>;
      /**
       * Replace a folder's permissions
       *
       * `PUT /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      setPermissions: ClientCall<"storage.folders.setPermissions", [accountId: string | number, folderId: string]>;
      /**
       * Add or change a folder's permissions
       *
       * `PATCH /accounts/{account_id}/storage/folders/{folder_id}/permissions`
       */
      updatePermissions: ClientCall<"storage.folders.updatePermissions", [accountId: string | number, folderId: string]>;
    };
    /** `storage.multipart` operations. */
    readonly multipart: {
      /**
       * Initialize a multipart upload session
       *
       * `POST /accounts/{account_id}/storage/multipart`
       */
      init: ClientCall<"storage.multipart.init", [accountId: string | number]>;
      /**
       * Retrieve a multipart upload session
       *
       * `GET /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      retrieve: ClientCall<"storage.multipart.retrieve", [accountId: string | number, multipartId: string]>;
      /**
       * Upload one part
       *
       * `PUT /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      uploadPart: ClientCall<"storage.multipart.uploadPart", [accountId: string | number, multipartId: string]>;
      /**
       * Abort a multipart upload session
       *
       * `DELETE /accounts/{account_id}/storage/multipart/{multipart_id}`
       */
      abort: ClientCall<"storage.multipart.abort", [accountId: string | number, multipartId: string]>;
      /**
       * Finalize a multipart upload session
       *
       * `POST /accounts/{account_id}/storage/multipart/{multipart_id}/complete`
       */
      complete: ClientCall<"storage.multipart.complete", [accountId: string | number, multipartId: string]>;
    };
    /** `storage.links` operations. */
    readonly links: {
      /**
       * List links
       *
       * `GET /accounts/{account_id}/storage/links`
       */
      list: ClientCall<"storage.links.list", [accountId: string | number]>;
      /**
       * Create a link
       *
       * `POST /accounts/{account_id}/storage/links`
       */
      create: ClientCall<"storage.links.create", [accountId: string | number]>;
      /**
       * Retrieve a link
       *
       * `GET /accounts/{account_id}/storage/links/{link_id}`
       */
      retrieve: ClientCall<"storage.links.retrieve", [accountId: string | number, linkId: string]>;
      /**
       * Delete a link
       *
       * `DELETE /accounts/{account_id}/storage/links/{link_id}`
       */
      delete: ClientCall<"storage.links.delete", [accountId: string | number, linkId: string]>;
      /**
       * Update a link
       *
       * `PATCH /accounts/{account_id}/storage/links/{link_id}`
       */
      update: ClientCall<"storage.links.update", [accountId: string | number, linkId: string]>;
    };
    /**
     * Search files and folders
     *
     * `GET /accounts/{account_id}/storage/search`
     */
    search: ClientCall<"storage.search", [accountId: string | number]>;
    /**
     * List recently modified files
     *
     * `GET /accounts/{account_id}/storage/recent`
     */
    recent: ClientCall<"storage.recent", [accountId: string | number]>;
    /**
     * Retrieve the storage quota
     *
     * `GET /accounts/{account_id}/storage/quota`
     */
    quota: ClientCall<"storage.quota", [accountId: string | number]>;
    /**
     * Convert an upstream ID into a Kloudless ID
     *
     * `POST /accounts/{account_id}/storage/convert_id`
     */
    convertId: ClientCall<"storage.convertId", [accountId: string | number]>;
  };
  /** `events` operations. */
  readonly events: {
    /**
     * List events
     *
     * `GET /accounts/{account_id}/events`
     */
    list: ClientCall<"events.list", [accountId: string | number]>;
    /**
     * Retrieve the latest cursor
     *
     * `GET /accounts/{account_id}/events/latest`
     */
    latestCursor: ClientCall<"events.latestCursor", [accountId: string | number]>;
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
      list: ClientCall<"calendar.calendars.list", [accountId: string | number]>;
      /**
       * Create a calendar
       *
       * `POST /accounts/{account_id}/cal/calendars`
       */
      create: ClientCall<"calendar.calendars.create", [accountId: string | number]>;
      /**
       * Retrieve a calendar
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      retrieve: ClientCall<"calendar.calendars.retrieve", [accountId: string | number, calendarId: string]>;
      /**
       * Delete a calendar
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      delete: ClientCall<"calendar.calendars.delete", [accountId: string | number, calendarId: string]>;
      /**
       * Update a calendar
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}`
       */
      update: ClientCall<"calendar.calendars.update", [accountId: string | number, calendarId: string]>;
    };
    /** `calendar.events` operations. */
    readonly events: {
      /**
       * List events
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       */
      list: ClientCall<"calendar.events.list", [accountId: string | number, calendarId: string]>;
      /**
       * Create an event
       *
       * `POST /accounts/{account_id}/cal/calendars/{calendar_id}/events`
       */
      create: ClientCall<"calendar.events.create", [accountId: string | number, calendarId: string]>;
      /**
       * Retrieve an event
       *
       * `GET /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      retrieve: ClientCall<"calendar.events.retrieve", [accountId: string | number, calendarId: string, eventId: string]>;
      /**
       * Delete an event
       *
       * `DELETE /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      delete: ClientCall<"calendar.events.delete", [accountId: string | number, calendarId: string, eventId: string]>;
      /**
       * Update an event
       *
       * `PATCH /accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}`
       */
      update: ClientCall<"calendar.events.update", [accountId: string | number, calendarId: string, eventId: string]>;
    };
    /**
     * Find availability
     *
     * `POST /accounts/{account_id}/cal/availability`
     */
    findAvailability: ClientCall<"calendar.findAvailability", [accountId: string | number]>;
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
      list: ClientCall<"team.users.list", [accountId: string | number]>;
      /**
       * Retrieve a user
       *
       * `GET /accounts/{account_id}/team/users/{user_id}`
       */
      retrieve: ClientCall<"team.users.retrieve", [accountId: string | number, userId: string]>;
      /**
       * List a user's groups
       *
       * `GET /accounts/{account_id}/team/users/{user_id}/memberships`
       */
      listMemberships: ClientCall<"team.users.listMemberships", [accountId: string | number, userId: string]>;
    };
    /** `team.groups` operations. */
    readonly groups: {
      /**
       * List groups
       *
       * `GET /accounts/{account_id}/team/groups`
       */
      list: ClientCall<"team.groups.list", [accountId: string | number]>;
      /**
       * Retrieve a group
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}`
       */
      retrieve: ClientCall<"team.groups.retrieve", [accountId: string | number, groupId: string]>;
      /**
       * List a group's members
       *
       * `GET /accounts/{account_id}/team/groups/{group_id}/members`
       */
      listMembers: ClientCall<"team.groups.listMembers", [accountId: string | number, groupId: string]>;
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
      list: ClientCall<"meta.applications.list", []>;
      /**
       * Create an application
       *
       * `POST /meta/applications`
       */
      create: ClientCall<"meta.applications.create", []>;
      /**
       * Retrieve an application
       *
       * `GET /meta/applications/{application_id}`
       */
      retrieve: ClientCall<"meta.applications.retrieve", [applicationId: string]>;
      /**
       * Delete an application
       *
       * `DELETE /meta/applications/{application_id}`
       */
      delete: ClientCall<"meta.applications.delete", [applicationId: string]>;
      /**
       * Update an application
       *
       * `PATCH /meta/applications/{application_id}`
       */
      update: ClientCall<"meta.applications.update", [applicationId: string]>;
    };
    /** `meta.apiKeys` operations. */
    readonly apiKeys: {
      /**
       * List the API keys of an application
       *
       * `GET /meta/applications/{application_id}/apikeys`
       */
      list: ClientCall<"meta.apiKeys.list", [applicationId: string]>;
      /**
       * Create an API key
       *
       * `POST /meta/applications/{application_id}/apikeys`
       */
      create: ClientCall<"meta.apiKeys.create", [applicationId: string]>;
      /**
       * Delete an API key
       *
       * `DELETE /meta/applications/{application_id}/apikeys/{api_key}`
       */
      delete: ClientCall<"meta.apiKeys.delete", [applicationId: string, apiKey: string]>;
    };
    /** `meta.webhooks` operations. */
    readonly webhooks: {
      /**
       * List the webhooks of an application
       *
       * `GET /meta/applications/{application_id}/webhooks`
       */
      list: ClientCall<"meta.webhooks.list", [applicationId: string]>;
      /**
       * Create a webhook
       *
       * `POST /meta/applications/{application_id}/webhooks`
       */
      create: ClientCall<"meta.webhooks.create", [applicationId: string]>;
      /**
       * Retrieve a webhook
       *
       * `GET /meta/applications/{application_id}/webhooks/{webhook_id}`
       */
      retrieve: ClientCall<"meta.webhooks.retrieve", [applicationId: string, webhookId: string]>;
      /**
       * Delete a webhook
       *
       * `DELETE /meta/applications/{application_id}/webhooks/{webhook_id}`
       */
      delete: ClientCall<"meta.webhooks.delete", [applicationId: string, webhookId: string]>;
    };
    /** `meta.developers` operations. */
    readonly developers: {
      /**
       * List developers
       *
       * `GET /meta/developers`
       */
      list: ClientCall<"meta.developers.list", []>;
      /**
       * Retrieve a developer
       *
       * `GET /meta/developers/{developer_id}`
       */
      retrieve: ClientCall<"meta.developers.retrieve", [developerId: string]>;
      /**
       * Update a developer
       *
       * `PATCH /meta/developers/{developer_id}`
       */
      update: ClientCall<"meta.developers.update", [developerId: string]>;
    };
    /** `meta.licenses` operations. */
    readonly licenses: {
      /**
       * Download a license file
       *
       * `GET /meta/licenses/{license_id}/contents`
       */
      download: ClientCall<"meta.licenses.download", [licenseId: string]>;
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

/**
 * How the runtime wraps each operation's success response: `list` (ResourceList), `resource`
 * (Resource), `json` (ResponseJson) or `response` (Response, never parsed).
 */
export interface OperationResults {
  "oauth.authorize": "response";
  "oauth.verifyToken": "json";
  "oauth.getToken": "json";
  "tasks.retrieve": "resource";
  "core.raw": "response";
  "core.encodeRawId": "resource";
  "services.list": "list";
  "services.retrieve": "resource";
  "accounts.list": "list";
  "accounts.import": "resource";
  "accounts.retrieve": "resource";
  "accounts.delete": "response";
  "accounts.update": "resource";
  "storage.files.upload": "resource";
  "storage.files.createUploadUrl": "json";
  "storage.files.retrieve": "resource";
  "storage.files.updateContents": "resource";
  "storage.files.delete": "response";
  "storage.files.update": "resource";
  "storage.files.download": "response";
  "storage.files.copy": "resource";
  "storage.files.thumbnail": "response";
  "storage.files.listServiceLinks": "list";
  "storage.files.listPermissions": "json";
  "storage.files.setPermissions": "json";
  "storage.files.updatePermissions": "json";
  "storage.files.listProperties": "json";
  "storage.files.deleteProperties": "response";
  "storage.files.updateProperties": "json";
  "storage.folders.create": "resource";
  "storage.folders.retrieve": "resource";
  "storage.folders.delete": "response";
  "storage.folders.update": "resource";
  "storage.folders.listContents": "list";
  "storage.folders.copy": "resource";
  "storage.folders.listServiceLinks": "list";
  "storage.folders.listPermissions": "json";
  "storage.folders.setPermissions": "json";
  "storage.folders.updatePermissions": "json";
  "storage.multipart.init": "resource";
  "storage.multipart.retrieve": "resource";
  "storage.multipart.uploadPart": "json";
  "storage.multipart.abort": "response";
  "storage.multipart.complete": "resource";
  "storage.links.list": "list";
  "storage.links.create": "resource";
  "storage.links.retrieve": "resource";
  "storage.links.delete": "response";
  "storage.links.update": "resource";
  "storage.search": "list";
  "storage.recent": "list";
  "storage.quota": "json";
  "storage.convertId": "resource";
  "events.list": "list";
  "events.latestCursor": "json";
  "calendar.calendars.list": "list";
  "calendar.calendars.create": "resource";
  "calendar.calendars.retrieve": "resource";
  "calendar.calendars.delete": "response";
  "calendar.calendars.update": "resource";
  "calendar.events.list": "list";
  "calendar.events.create": "resource";
  "calendar.events.retrieve": "resource";
  "calendar.events.delete": "response";
  "calendar.events.update": "resource";
  "calendar.findAvailability": "json";
  "team.users.list": "list";
  "team.users.retrieve": "resource";
  "team.users.listMemberships": "list";
  "team.groups.list": "list";
  "team.groups.retrieve": "resource";
  "team.groups.listMembers": "list";
  "meta.applications.list": "list";
  "meta.applications.create": "resource";
  "meta.applications.retrieve": "resource";
  "meta.applications.delete": "response";
  "meta.applications.update": "resource";
  "meta.apiKeys.list": "list";
  "meta.apiKeys.create": "json";
  "meta.apiKeys.delete": "response";
  "meta.webhooks.list": "list";
  "meta.webhooks.create": "resource";
  "meta.webhooks.retrieve": "resource";
  "meta.webhooks.delete": "response";
  "meta.developers.list": "list";
  "meta.developers.retrieve": "resource";
  "meta.developers.update": "resource";
  "meta.licenses.download": "response";
}
