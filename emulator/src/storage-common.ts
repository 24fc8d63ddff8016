/**
 * What every storage handler shares: the area's options and the request scope (the drive a
 * request acts on after the storage and impersonation checks, cross-account targets, the
 * context of its changes), plus the checks of names and bodies common to files and folders.
 */

import type { BlobRef } from "./blob-store.ts";
import { EmuError } from "./errors.ts";
import type { EmulatorState } from "./state.ts";
import type { ChangeContext } from "./storage-changes.ts";
import { type Drive, driveOf } from "./storage-tree.ts";
import { seedTeam, type TeamSeed } from "./team.ts";
import type { AccountRecord, EmuContext, EmuRequest } from "./types.ts";
import type { UrlFetchLimits } from "./url-fetch.ts";

/** Options of the storage area. */
export interface StorageOptions {
  /** `part_size` of multipart sessions (default 5 MiB). */
  multipartPartSize: number;
  /** `parallel_uploads` of multipart sessions (default true). */
  multipartParallelUploads: boolean;
  /** Quota of every storage account in bytes (default 2 GiB). */
  quotaBytes: number;
  /** Timeouts and size cap of upload-from-URL downloads (`DEFAULT_URL_FETCH_LIMITS` when absent). */
  urlFetch?: UrlFetchLimits;
}

/** Default storage options. */
export const DEFAULT_STORAGE_OPTIONS: StorageOptions = {
  multipartPartSize: 5 * 1024 * 1024,
  multipartParallelUploads: true,
  quotaBytes: 2 * 1024 ** 3,
};

/** Items per page of search, recent and links lists when `page_size` is not given. */
export const DEFAULT_LIST_PAGE_SIZE = 100;

/** The request-bound helpers of the storage handlers, over one state and its options. */
export interface StorageScope {
  state: EmulatorState;
  options: StorageOptions;
  /** The drive of the request's account, after the storage and impersonation checks. */
  driveFor(req: EmuRequest, account?: AccountRecord): Drive;
  /** Where the request's changes are recorded, and as whom. */
  changeContext(req: EmuRequest, ctx: EmuContext): ChangeContext;
  /** The drive a cross-account `account` field names, when the credentials reach it. */
  targetDrive(req: EmuRequest, drive: Drive, accountId: unknown): Drive;
  /** The drives of every account a multi-account list names. */
  drivesFor(req: EmuRequest): Drive[];
}

/** The storage scope of `state` with `options`. */
export function storageScope(state: EmulatorState, options: StorageOptions): StorageScope {
  function driveFor(req: EmuRequest, account = req.account as AccountRecord): Drive {
    if (!account.apis.includes("storage")) {
      throw new EmuError(501, "not_implemented", `The ${account.serviceName} account does not offer the storage API.`);
    }
    if (req.asUser !== undefined) {
      if (!account.admin)
        throw new EmuError(403, "forbidden", "X-Kloudless-As-User: only admin accounts can act as another user.");
      if (!teamUserIds(state, account).includes(req.asUser)) {
        throw new EmuError(404, "not_found", `X-Kloudless-As-User: no user '${req.asUser}' in the team.`);
      }
    }
    return driveOf(state, account);
  }

  function changeContext(req: EmuRequest, ctx: EmuContext): ChangeContext {
    return { state, baseUrl: ctx.baseUrl, options, userId: req.asUser ?? null };
  }

  function targetDrive(req: EmuRequest, drive: Drive, accountId: unknown): Drive {
    if (accountId === undefined || accountId === drive.account.id) return drive;
    const target = state.accounts.get(Number(accountId));
    const reachable = req.auth.kind === "apiKey" || (req.accounts ?? []).some((a) => a.id === target?.id);
    if (!target || !reachable)
      throw new EmuError(403, "permission_denied", `account: no access to account ${String(accountId)}`);
    return driveFor(req, target);
  }

  function drivesFor(req: EmuRequest): Drive[] {
    return (req.accounts ?? [req.account as AccountRecord]).map((account) => driveFor(req, account));
  }

  return { state, options, driveFor, changeContext, targetDrive, drivesFor };
}

/** The typed parameters of a request (`req.args`). */
export function args(req: EmuRequest): Record<string, unknown> {
  return req.args ?? {};
}

/** The JSON body of a request, or an empty object. */
export function body(req: EmuRequest): Record<string, unknown> {
  return (req.json ?? {}) as Record<string, unknown>;
}

/** Whether `X-Kloudless-Async: true` asks for the work to run as a task. */
export function isAsync(req: EmuRequest): boolean {
  return String(req.headers["x-kloudless-async"] ?? "").toLowerCase() === "true";
}

/** The blob of a streamed upload body; the server always gives one to the binary upload operations. */
export function uploadOf(req: EmuRequest): BlobRef {
  if (!req.upload) throw new EmuError(400, "bad_request", "The request has no binary body.");
  return req.upload;
}

/** Refuses (400) a name with a slash, `.` or `..`. */
export function checkName(name: string): void {
  if (name.includes("/") || name === "." || name === "..") {
    throw new EmuError(400, "invalid_parameters", `name: ${JSON.stringify(name)} is not a valid file or folder name`);
  }
}

/** The team user IDs of an admin account (its Team API directory). */
function teamUserIds(state: EmulatorState, account: AccountRecord): string[] {
  const directories = state.area("team", () => new Map<number, TeamSeed>());
  if (!directories.has(account.id)) seedTeam(state, account);
  return (directories.get(account.id) as TeamSeed).users.map((u) => u.id);
}
