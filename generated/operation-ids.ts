/**
 * The operationIds of Kloudless API v1 by scope: what the method groups of `Account` and
 * `Client` are built from (`account.storage.files.retrieve`) without loading the operation
 * table, which the runtime loads on the first call (it is most of the table's bytes).
 * Each record maps a group (`storage.files`) to its method names, space-separated, in spec
 * order: the operationId is the group, a dot and the name.
 * Generated from spec/ by codegen/generate.ts. Do not edit.
 */

/** Account-level operations (`s: "account"` in the table): on `Account`, and on `Client` with the account ID first. */
export const accountOperations: Readonly<Record<string, string>> = {
  "tasks": "retrieve",
  "core": "raw encodeRawId",
  "accounts": "retrieve delete update",
  "storage.files": "upload createUploadUrl retrieve updateContents delete update download copy thumbnail listServiceLinks listPermissions setPermissions updatePermissions listProperties deleteProperties updateProperties",
  "storage.folders": "create retrieve delete update listContents copy listServiceLinks listPermissions setPermissions updatePermissions",
  "storage.multipart": "init retrieve uploadPart abort complete",
  "storage.links": "list create retrieve delete update",
  "storage": "search recent quota convertId",
  "events": "list latestCursor",
  "calendar.calendars": "list create retrieve delete update",
  "calendar.events": "list create retrieve delete update",
  "calendar": "findAvailability",
  "team.users": "list retrieve listMemberships",
  "team.groups": "list retrieve listMembers",
  "crm.accounts": "list create retrieve delete update",
  "crm.contacts": "list create retrieve delete update",
  "crm.leads": "list create retrieve delete update",
  "crm.opportunities": "list create retrieve delete update",
  "crm.campaigns": "list create retrieve delete update",
  "crm.tasks": "list create retrieve delete update",
  "crm.objects": "list create retrieve delete update",
  "crm": "search batch",
  "crm.schemas": "list retrieve",
  "subscriptions": "list create retrieve listActivity",
  "chat.conversations": "list",
  "itsm.incidents": "list",
};

/** Application-level operations (`s: "client"` in the table): on `Client` only. */
export const clientOperations: Readonly<Record<string, string>> = {
  "oauth": "authorize verifyToken getToken",
  "services": "list retrieve",
  "accounts": "list import",
  "meta.applications": "list create retrieve delete update",
  "meta.apiKeys": "list create delete",
  "meta.webhooks": "list create retrieve delete",
  "meta.developers": "list retrieve update",
  "meta.licenses": "download",
  "meta.trustedDomains": "list create delete",
  "meetings.windows": "list create retrieve delete update listTimeSlots schedule",
  "meetings.events": "retrieve delete update",
};
