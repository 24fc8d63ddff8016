/**
 * Storage API (§12): a file tree per storage account with real bytes (in the blob store, on disk), so that
 * uploads, downloads, moves, copies, multipart uploads, links, search, permissions and
 * properties behave as a Kloudless storage account does, and every change lands in the
 * account's activity log.
 *
 * The drive model and tree operations are in `storage-tree.ts` and the thumbnail encoders in
 * `images.ts`. The handlers have a file per resource (`storage-files.ts`, `storage-folders.ts`,
 * `storage-copy-move.ts`, `storage-links.ts`, `storage-permissions.ts`, `storage-multipart.ts`,
 * `storage-search.ts`) over `storage-common.ts`, `storage-changes.ts` and `storage-views.ts`;
 * this file composes them and answers the account-wide quota and ID conversion.
 *
 * Decisions (where the notes leave it open):
 * - IDs are `file_`/`folder_` plus the URL-safe base64 of the upstream ID (`id:<random>`), the
 *   shape of Kloudless' newer IDs; `ids.path` is the same encoding of the path and is accepted
 *   wherever an ID is. The root is `root` in requests and has its own real ID in responses.
 * - Names are unique per folder (compared exactly). An upload or copy onto a taken name without
 *   `overwrite` gets a renamed file (`name (1).txt`); renaming or moving onto a taken name is 409
 *   `naming_conflict` with `conflicting_resource_id`; creating an existing folder returns it
 *   (200) unless `conflict_if_exists=true` (409).
 * - `permanent` is accepted on deletes; there is no trash, so every delete is permanent.
 * - Folder contents page tokens are page numbers as strings (`"1"`, `"2"`); a token past the
 *   last page is 400 `invalid_parameters`. Search, recent and links use page numbers.
 * - Thumbnails exist for `image/*` files only (others: 404 `not_found`); they are a square
 *   PNG or JPEG of `size` pixels (at most 1024) in a colour derived from the file's bytes.
 * - Quota: `total` is the emulator's `quotaBytes`, `used` the sum of file sizes; a write that
 *   would pass `total` is 507 `insufficient_storage`.
 * - `X-Kloudless-As-User` is honoured on admin accounts for users of the account's team (403
 *   `forbidden` on other accounts, 404 `not_found` for unknown users, as the Team API does); the
 *   user is recorded as creator/last modifier and in activity events, the tree is shared.
 * - Upload from URL fetches only from loopback hosts (127.0.0.0/8, ::1, localhost): every
 *   redirect hop is re-checked and its name resolved to loopback addresses only, within a
 *   connect timeout, a total timeout and a size cap (`url-fetch.ts`); a failure is 400
 *   `request_failed` naming it.
 * - Moving (`PATCH` with `account`) or copying into another account needs credentials that
 *   reach it: the API key, or a Bearer token of that account named in the path.
 * - `upload_url` answers a one-time URL of the emulator itself (`PUT` the bytes there).
 * - A copy to the upload location (`account: upload_location`, the File Picker's) goes to the
 *   storage account `drop_account` without its credentials, any account of the application
 *   being a valid location; `drop_uri` locations are not emulated (501).
 */
import { encodeRawId } from "./core.ts";
import type { EmulatorState } from "./state.ts";
import { body, DEFAULT_STORAGE_OPTIONS, type StorageOptions, storageScope } from "./storage-common.ts";
import { createFileHandlers } from "./storage-files.ts";
import { createFolderHandlers } from "./storage-folders.ts";
import { createLinkHandlers } from "./storage-links.ts";
import { createMultipartHandlers } from "./storage-multipart.ts";
import { createPermissionHandlers } from "./storage-permissions.ts";
import { createSearchHandlers } from "./storage-search.ts";
import { usedBytes } from "./storage-tree.ts";
import type { HandlerTable } from "./types.ts";

export { DEFAULT_STORAGE_OPTIONS, type StorageOptions } from "./storage-common.ts";
export { acceptDirectUpload, isPendingUpload } from "./storage-files.ts";
export { serveLink } from "./storage-links.ts";
export { type StorageSeedEntry, seedStorage } from "./storage-seed.ts";

/** Creates the storage handlers. */
export function createStorageHandlers(
  state: EmulatorState,
  options: StorageOptions = DEFAULT_STORAGE_OPTIONS,
): HandlerTable {
  const scope = storageScope(state, options);
  const { driveFor } = scope;
  return {
    ...createFileHandlers(scope),
    ...createFolderHandlers(scope),
    ...createPermissionHandlers(scope),
    ...createMultipartHandlers(scope),
    ...createLinkHandlers(scope),
    ...createSearchHandlers(scope),

    "storage.quota": (req, _ctx, reply) => {
      const drive = driveFor(req);
      return reply(200, { total: options.quotaBytes, used: usedBytes(drive), api: "storage", type: "quota" });
    },

    "storage.convertId": (req, _ctx, reply) => {
      const input = body(req) as { raw_id: string; type: "file" | "folder" };
      driveFor(req);
      return reply(200, { id: encodeRawId(input.raw_id, input.type) });
    },
  };
}
