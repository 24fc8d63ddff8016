/**
 * Storage API (§12): a file tree per storage account with real bytes (in the blob store, on disk), so that
 * uploads, downloads, moves, copies, multipart uploads, links, search, permissions and
 * properties behave as a Kloudless storage account does, and every change lands in the
 * account's activity log.
 *
 * The drive model and tree operations are in `storage-tree.ts` and the thumbnail encoders in
 * `images.ts`; this file holds the handlers, seeding, share links and the JSON views.
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
import { Buffer } from "node:buffer";
import { recordActivity } from "./activity.ts";
import type { BlobRef } from "./blob-store.ts";
import { encodeRawId, pageNumberList, startTask } from "./core.ts";
import { EmuError } from "./errors.ts";
import { encodePng, encodeSolidJpeg } from "./images.ts";
import { type EmulatorState, randomToken } from "./state.ts";
import {
  actorOf,
  ancestorsOf,
  areaOf,
  attach,
  childrenOf,
  copyTree,
  type Drive,
  descendantsOf,
  detach,
  driveOf,
  findChild,
  freeName,
  type LinkRecord,
  lookup,
  type MultipartSession,
  mimeTypeFor,
  mustFind,
  newNode,
  ownerOf,
  parentFolder,
  pathOf,
  type StorageNode,
  sizeOf,
  sortForListing,
  stamp,
  subtreeBytes,
  touch,
  type UserRef,
  usedBytes,
} from "./storage-tree.ts";
import { seedTeam, type TeamSeed } from "./team.ts";
import type { AccountRecord, ActivityInput, EmuContext, EmuReply, EmuRequest, HandlerTable } from "./types.ts";
import { DEFAULT_URL_FETCH_LIMITS, fetchLoopbackUrl, isLoopbackHost, type UrlFetchLimits } from "./url-fetch.ts";

/** The fields of a new link (`storage.links.create`'s body, a copy's `link_options`). */
interface LinkInput {
  direct?: boolean;
  password?: string;
  expiration?: string | null;
  active?: boolean;
}

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

/** `content_hash` of an empty file. */
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** Items per page of folder contents when `page_size` is not given. */
const DEFAULT_CONTENTS_PAGE_SIZE = 100;
/** Items per page of search, recent and links lists when `page_size` is not given. */
const DEFAULT_LIST_PAGE_SIZE = 100;
/** The largest thumbnail edge served. */
const MAX_THUMBNAIL_SIZE = 1024;

// ---------------------------------------------------------------------------------------------
// JSON views

function userJson(user: UserRef): Record<string, unknown> {
  return { api: "team", type: "user", id: user.id, name: user.name, email: user.email, id_type: "login" };
}

function refJson(node: StorageNode): Record<string, unknown> {
  return { id: node.id, name: node.name, type: "folder", id_type: "default" };
}

function hrefOf(baseUrl: string, drive: Drive, node: StorageNode): string {
  return `${baseUrl}/v1/accounts/${drive.account.id}/storage/${node.kind === "file" ? "files" : "folders"}/${node.id}`;
}

/** The File or Folder object of `node`; `raw` adds the upstream-style object under `raw.object`. */
function nodeJson(baseUrl: string, drive: Drive, node: StorageNode, raw = false): Record<string, unknown> {
  const path = pathOf(drive, node);
  const parent = node.parentId === null ? undefined : drive.nodes.get(node.parentId);
  const json: Record<string, unknown> = {
    id: node.id,
    name: node.name,
    type: node.kind,
    api: "storage",
    size: node.kind === "file" ? sizeOf(node) : null,
    created: node.created,
    modified: node.modified,
    path,
    ...(parent ? { parent: refJson(parent) } : {}),
    ancestors: ancestorsOf(drive, node).map(refJson),
    account: drive.account.id,
    ids: { default: node.id, path: encodeRawId(path, node.kind) },
    id_type: "default",
    raw_id: node.rawId,
    href: hrefOf(baseUrl, drive, node),
    owner: userJson(node.owner),
    creator: userJson(node.creator),
    last_modifier: userJson(node.lastModifier),
  };
  if (node.kind === "file") {
    json.mime_type = node.mimeType;
    json.downloadable = true;
  } else {
    json.can_create_folders = true;
    json.can_upload_files = true;
    json.can_list_recursively = true;
  }
  if (raw) {
    json.raw = {
      object: {
        ".tag": node.kind,
        id: node.rawId,
        name: node.name,
        path_display: path,
        path_lower: path.toLowerCase(),
        ...(node.kind === "file"
          ? {
              size: sizeOf(node),
              server_modified: node.modified,
              content_hash: node.blob?.sha256 ?? EMPTY_SHA256,
            }
          : {}),
      },
    };
  }
  return json;
}

function linkJson(baseUrl: string, link: LinkRecord): Record<string, unknown> {
  return {
    id: link.id,
    url: `${baseUrl}/l/${link.token}`,
    file_id: link.fileId,
    account: link.accountId,
    active: link.active,
    direct: link.direct,
    expiration: link.expiration,
    password: link.password !== null,
    created: link.created,
    modified: link.modified,
    api: "storage",
    type: "link",
  };
}

function sessionJson(session: MultipartSession): Record<string, unknown> {
  return {
    id: session.id,
    account: session.accountId,
    part_size: session.partSize,
    parallel_uploads: session.parallelUploads,
    name: session.name,
    parent_id: session.parentId,
    size: session.size,
    created: session.created,
    api: "storage",
    type: "multipart",
  };
}

// ---------------------------------------------------------------------------------------------
// Changes that record activity (shared by handlers and the seed)

function checkQuota(drive: Drive, options: StorageOptions, extra: number): void {
  if (usedBytes(drive) + extra > options.quotaBytes) {
    throw new EmuError(507, "insufficient_storage", "Not enough space left in the account to store the file.");
  }
}

/** Where activity goes and how objects are rendered for it. */
interface ChangeContext {
  state: EmulatorState;
  baseUrl: string;
  options: StorageOptions;
  userId: string | null;
}

function record(
  cx: ChangeContext,
  drive: Drive,
  type: string,
  node: StorageNode,
  previous?: Record<string, unknown>,
): void {
  // Events keep the upstream object; `events.list` leaves it out unless raw data is asked for.
  const event: ActivityInput = { type, metadata: nodeJson(cx.baseUrl, drive, node, true), userId: cx.userId };
  if (previous) event.previousMetadata = previous;
  recordActivity(cx.state, drive.account, event);
}

/**
 * Writes a file into `folder`: replaces the first same-named file with `overwrite`, else adds
 * it under a free name. Returns the node and whether it was created.
 */
function writeFile(
  cx: ChangeContext,
  drive: Drive,
  folder: StorageNode,
  name: string,
  bytes: BlobRef,
  overwrite: boolean,
  actor: UserRef,
): { node: StorageNode; created: boolean } {
  const existing = findChild(drive, folder.id, name);
  if (overwrite && existing?.kind === "file") {
    checkQuota(drive, cx.options, bytes.size - sizeOf(existing));
    const previous = nodeJson(cx.baseUrl, drive, existing, true);
    existing.blob = bytes;
    existing.modified = stamp();
    existing.lastModifier = actor;
    record(cx, drive, "update", existing, previous);
    return { node: existing, created: false };
  }
  checkQuota(drive, cx.options, bytes.size);
  const node = newNode(drive, "file", freeName(drive, folder.id, name), folder.id, actor, bytes);
  attach(drive, node);
  touch(drive, folder);
  record(cx, drive, "add", node);
  return { node, created: true };
}

// ---------------------------------------------------------------------------------------------
// Seeding

/**
 * One entry of a seeded file tree: a folder when it has `children`, else a file whose bytes are
 * `content` (UTF-8 text) or `base64`.
 */
export interface StorageSeedEntry {
  name: string;
  children?: StorageSeedEntry[];
  content?: string;
  base64?: string;
}

/** Fills `account`'s drive with `entries` under the root, recording an `add` event for each. */
export function seedStorage(
  state: EmulatorState,
  account: AccountRecord,
  entries: StorageSeedEntry[],
  baseUrl: string,
): void {
  const drive = driveOf(state, account);
  const cx: ChangeContext = {
    state,
    baseUrl,
    options: { ...DEFAULT_STORAGE_OPTIONS, quotaBytes: Number.POSITIVE_INFINITY },
    userId: null,
  };
  const actor = ownerOf(account);
  const add = (folder: StorageNode, list: StorageSeedEntry[]): void => {
    for (const entry of list) {
      if (entry.children) {
        const sub = newNode(drive, "folder", entry.name, folder.id, actor);
        attach(drive, sub);
        record(cx, drive, "add", sub);
        add(sub, entry.children);
      } else {
        const bytes =
          entry.base64 !== undefined ? Buffer.from(entry.base64, "base64") : Buffer.from(entry.content ?? "", "utf8");
        const blob = state.blobs.putBytes(bytes);
        writeFile(cx, drive, folder, entry.name, blob, false, actor);
        state.blobs.release(blob);
      }
    }
  };
  add(drive.nodes.get(drive.rootId) as StorageNode, entries);
}

// ---------------------------------------------------------------------------------------------
// Routes outside the API: share links and direct uploads

/**
 * Serves a share link URL (`/l/<token>`): the file's bytes for direct links, else a small
 * landing page linking to `?download=1`. Inactive or expired links are 404, a wrong or missing
 * `password` query parameter is 403.
 */
export function serveLink(state: EmulatorState, token: string, query: URLSearchParams): EmuReply {
  for (const drive of areaOf(state).drives.values()) {
    for (const link of drive.links.values()) {
      if (link.token !== token) continue;
      const expired = link.expiration !== null && Date.parse(link.expiration) <= Date.now();
      const file = drive.nodes.get(link.fileId);
      if (!link.active || expired || !file) break;
      if (link.password !== null && query.get("password") !== link.password) {
        return {
          status: 403,
          body: Buffer.from("Password required"),
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        };
      }
      if (link.direct || query.get("download") === "1") {
        return downloadReply(state, file);
      }
      const name = file.name.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      const html = `<!doctype html><title>${name}</title><h1>${name}</h1><p><a href="?download=1">Download</a> (${sizeOf(file)} bytes)</p>`;
      return { status: 200, body: Buffer.from(html), headers: { "Content-Type": "text/html; charset=utf-8" } };
    }
  }
  return { status: 404, body: Buffer.from("Link not found"), headers: { "Content-Type": "text/plain; charset=utf-8" } };
}

/** Whether `token` names an `upload_url` URL not used yet (checked before its body is read). */
export function isPendingUpload(state: EmulatorState, token: string): boolean {
  return areaOf(state).uploads.has(token);
}

/** Accepts the bytes sent to an `upload_url` URL (`PUT /__emulator/uploads/<token>`); the URL works once. */
export function acceptDirectUpload(
  state: EmulatorState,
  token: string,
  bytes: BlobRef,
  baseUrl: string,
  options: StorageOptions,
): EmuReply {
  const area = areaOf(state);
  const upload = area.uploads.get(token);
  const drive = upload && area.drives.get(upload.accountId);
  if (!upload || !drive) return { status: 404, json: { error: "unknown or used upload URL" } };
  const folder = drive.nodes.get(upload.parentId);
  if (!folder) return { status: 409, json: { error: "the destination folder no longer exists" } };
  area.uploads.delete(token);
  const cx: ChangeContext = { state, baseUrl, options, userId: null };
  const { node } = writeFile(cx, drive, folder, upload.name, bytes, false, ownerOf(drive.account));
  return { status: 200, json: nodeJson(baseUrl, drive, node) };
}

/** A file's bytes as a reply, streamed from its blob. */
function downloadReply(state: EmulatorState, file: StorageNode): EmuReply {
  return {
    status: 200,
    body: file.blob ? state.blobs.read(file.blob) : Buffer.alloc(0),
    headers: {
      "Content-Type": file.mimeType ?? "application/octet-stream",
      "Content-Disposition": disposition(file.name),
      "Content-Length": String(sizeOf(file)),
    },
  };
}

/** The blob of a streamed upload body; the server always gives one to the binary upload operations. */
function uploadOf(req: EmuRequest): BlobRef {
  if (!req.upload) throw new EmuError(400, "bad_request", "The request has no binary body.");
  return req.upload;
}

function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

// ---------------------------------------------------------------------------------------------
// Handlers

function parseMetadata(header: string | string[] | undefined): { name: string; parent_id: string } {
  const problem = (text: string) => new EmuError(400, "invalid_parameters", `X-Kloudless-Metadata: ${text}`);
  if (typeof header !== "string") throw problem("is required for a binary upload");
  // Header values arrive as latin1; clients that send raw UTF-8 (rather than \u escapes) are read as UTF-8.
  const utf8 = Buffer.from(header, "latin1").toString("utf8");
  const text = /[\x80-\xff]/.test(header) && !utf8.includes("\ufffd") ? utf8 : header;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw problem('must be a JSON object such as {"name": "a.txt", "parent_id": "root"}');
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw problem("must be a JSON object");
  const { name, parent_id } = value as Record<string, unknown>;
  if (typeof name !== "string" || name === "") throw problem("name: must be a non-empty string");
  if (typeof parent_id !== "string" || parent_id === "") throw problem("parent_id: must be a non-empty string");
  return { name, parent_id };
}

function checkName(name: string): void {
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

/** Creates the storage handlers. */
export function createStorageHandlers(
  state: EmulatorState,
  options: StorageOptions = DEFAULT_STORAGE_OPTIONS,
): HandlerTable {
  /** The drive of the request's account, after the storage and impersonation checks. */
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

  function args(req: EmuRequest): Record<string, unknown> {
    return req.args ?? {};
  }

  function body(req: EmuRequest): Record<string, unknown> {
    return (req.json ?? {}) as Record<string, unknown>;
  }

  function isAsync(req: EmuRequest): boolean {
    return String(req.headers["x-kloudless-async"] ?? "").toLowerCase() === "true";
  }

  /** The drive a cross-account `account` field names, when the credentials reach it. */
  function targetDrive(req: EmuRequest, drive: Drive, accountId: unknown): Drive {
    if (accountId === undefined || accountId === drive.account.id) return drive;
    const target = state.accounts.get(Number(accountId));
    const reachable = req.auth.kind === "apiKey" || (req.accounts ?? []).some((a) => a.id === target?.id);
    if (!target || !reachable)
      throw new EmuError(403, "permission_denied", `account: no access to account ${String(accountId)}`);
    return driveFor(req, target);
  }

  function objectReply(req: EmuRequest, ctx: EmuContext, drive: Drive, node: StorageNode, status = 200): EmuReply {
    return { status, json: nodeJson(ctx.baseUrl, drive, node, req.rawData) };
  }

  /** Renames and/or moves `node` (PATCH of a file or folder). */
  function update(req: EmuRequest, ctx: EmuContext, kind: "file" | "folder"): EmuReply {
    const drive = driveFor(req);
    const node = mustFind(drive, String(req.params[`${kind}_id`]), kind);
    const input = body(req);
    if (node.id === drive.rootId) throw new EmuError(403, "forbidden", "The root folder cannot be renamed or moved.");
    const target = targetDrive(req, drive, input.account);
    const name = typeof input.name === "string" ? input.name : node.name;
    checkName(name);
    const folder =
      typeof input.parent_id === "string"
        ? parentFolder(target, input.parent_id)
        : (target.nodes.get(node.parentId as string) as StorageNode);
    const cx = changeContext(req, ctx);
    if (target !== drive) {
      // Moving across accounts: a new object in the target, the original removed.
      const moved = copyTree(
        drive,
        node,
        target,
        folder,
        freeName(target, folder.id, name),
        actorOf(target, req.asUser),
      );
      record(cx, drive, "delete", node);
      for (const gone of node.kind === "folder" ? descendantsOf(drive, node.id) : []) detach(drive, gone);
      detach(drive, node);
      record(cx, target, "add", moved);
      return objectReply(req, ctx, target, moved);
    }
    if (kind === "folder" && (folder.id === node.id || ancestorsOf(drive, folder).some((a) => a.id === node.id))) {
      throw new EmuError(400, "invalid_parent_folder", "parent_id: a folder cannot be moved into itself");
    }
    const clash = findChild(drive, folder.id, name);
    if (clash && clash.id !== node.id) {
      throw new EmuError(409, "naming_conflict", `An item named '${name}' already exists in the destination folder.`, {
        conflicting_resource_id: clash.id,
      });
    }
    const previous = nodeJson(ctx.baseUrl, drive, node, true);
    const moved = folder.id !== node.parentId;
    const renamed = name !== node.name;
    if (moved) {
      drive.children.get(node.parentId as string)?.delete(node.id);
      node.parentId = folder.id;
      drive.children.get(folder.id)?.add(node.id);
      touch(drive, folder);
    }
    node.name = name;
    if (renamed && node.kind === "file") node.mimeType = mimeTypeFor(name);
    if (moved || renamed) {
      node.modified = stamp();
      node.lastModifier = actorOf(drive, req.asUser);
      record(cx, drive, moved ? "move" : "rename", node, previous);
    }
    return objectReply(req, ctx, drive, node);
  }

  /** A new Kloudless link to `file`, with the fields of `input` (`storage.links.create`'s body). */
  function addLink(drive: Drive, file: StorageNode, input: LinkInput): LinkRecord {
    const time = stamp();
    const link: LinkRecord = {
      id: `link_${randomToken(9)}`,
      token: randomToken(12),
      fileId: file.id,
      accountId: drive.account.id,
      active: input.active ?? true,
      direct: input.direct ?? false,
      expiration: input.expiration ?? null,
      password: input.password ?? null,
      created: time,
      modified: time,
    };
    drive.links.set(link.id, link);
    return link;
  }

  /**
   * The drive an upload-location copy (`account: upload_location`) goes to: the account
   * `drop_account`, any storage account of the application (the emulator has no list of upload
   * locations to check it against), reached without its credentials as the application's own.
   */
  function uploadLocationDrive(input: Record<string, unknown>): Drive {
    if (input.drop_account === undefined) {
      if (input.drop_uri !== undefined)
        throw new EmuError(501, "not_implemented", "drop_uri: the emulator has no upload locations by URI.");
      throw new EmuError(400, "invalid_parameters", "drop_account: is required with account upload_location");
    }
    const account = state.accounts.get(Number(input.drop_account));
    if (!account?.apis.includes("storage")) {
      throw new EmuError(400, "invalid_parameters", `drop_account: no storage account ${String(input.drop_account)}`);
    }
    return driveOf(state, account);
  }

  /** The link fields of a copy's `link_options` (a JSON object), or a 400. */
  function linkOptions(raw: unknown): LinkInput {
    if (raw === undefined) return {};
    try {
      const parsed: unknown = JSON.parse(String(raw));
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as LinkInput;
    } catch {
      // Reported below.
    }
    throw new EmuError(400, "invalid_parameters", "link_options: must be a JSON object");
  }

  /**
   * Copies a file or folder; with `X-Kloudless-Async: true` or `return_type=task` the copy runs
   * as a task. `account: upload_location` copies into the upload location `drop_account`;
   * `link=true` (files) adds a link to the copy, whose URL the answer carries as `link`.
   */
  function copy(req: EmuRequest, ctx: EmuContext, kind: "file" | "folder"): EmuReply {
    const drive = driveFor(req);
    const node = mustFind(drive, String(req.params[`${kind}_id`]), kind);
    const input = body(req);
    const toUploadLocation = input.account === "upload_location";
    const target = toUploadLocation ? uploadLocationDrive(input) : targetDrive(req, drive, input.account);
    const folder = parentFolder(target, typeof input.parent_id === "string" ? input.parent_id : "root");
    const withLink = kind === "file" && args(req).link === true;
    const linkFields = withLink ? linkOptions(args(req).link_options) : {};
    const name = typeof input.name === "string" ? input.name : node.name;
    checkName(name);
    if (
      kind === "folder" &&
      target === drive &&
      (folder.id === node.id || ancestorsOf(drive, folder).some((a) => a.id === node.id))
    ) {
      throw new EmuError(400, "invalid_parent_folder", "parent_id: a folder cannot be copied into itself");
    }
    const cx = changeContext(req, ctx);
    const work = (): EmuReply => {
      if (!drive.nodes.has(node.id)) throw new EmuError(404, "not_found", `${kind} not found: ${node.id}`);
      checkQuota(target, options, subtreeBytes(drive, node));
      const copied = copyTree(
        drive,
        node,
        target,
        folder,
        freeName(target, folder.id, name),
        actorOf(target, req.asUser),
      );
      record(cx, target, "copy", copied);
      const reply = objectReply(req, ctx, target, copied, 201);
      if (withLink)
        (reply.json as Record<string, unknown>).link = linkJson(ctx.baseUrl, addLink(target, copied, linkFields)).url;
      return reply;
    };
    const asTask = isAsync(req) || args(req).return_type === "task";
    return asTask ? startTask(state, drive.account, req.requestId, () => ({ ...work(), status: 200 })) : work();
  }

  async function uploadFromUrl(req: EmuRequest, ctx: EmuContext, drive: Drive): Promise<EmuReply> {
    const input = body(req) as { url: string; parent_id: string; name: string };
    const url = new URL(input.url);
    if (!/^https?:$/.test(url.protocol) || !isLoopbackHost(url.hostname)) {
      throw new EmuError(
        400,
        "invalid_parameters",
        "url: the emulator only fetches from loopback hosts (127.0.0.0/8, ::1, localhost)",
      );
    }
    const folder = parentFolder(drive, input.parent_id);
    checkName(input.name);
    const overwrite = args(req).overwrite === true;
    const work = async (): Promise<EmuReply> => {
      let bytes: BlobRef;
      try {
        bytes = await fetchLoopbackUrl(url, options.urlFetch ?? DEFAULT_URL_FETCH_LIMITS, state.blobs);
      } catch (err) {
        throw new EmuError(400, "request_failed", `url: could not download the file: ${(err as Error).message}`);
      }
      try {
        const { node } = writeFile(
          changeContext(req, ctx),
          drive,
          folder,
          input.name,
          bytes,
          overwrite,
          actorOf(drive, req.asUser),
        );
        return objectReply(req, ctx, drive, node, 201);
      } finally {
        state.blobs.release(bytes);
      }
    };
    if (isAsync(req))
      return startTask(state, drive.account, req.requestId, async () => ({ ...(await work()), status: 200 }));
    return work();
  }

  /** The sharing list after a PUT (replace) or PATCH (add/change) of `entries`. */
  function applyPermissions(
    node: StorageNode,
    entries: { type: string; role: string; email?: string }[],
    replace: boolean,
  ): void {
    const owner = node.permissions.filter((p) => p.role === "owner");
    const kept = replace ? owner : node.permissions;
    for (const entry of entries) {
      if (entry.role === "owner") throw new EmuError(400, "invalid_parameters", "role: the owner cannot be changed");
      const email = entry.email ?? null;
      const existing = kept.find((p) => p.email === email && p.type === entry.type && p.role !== "owner");
      if (existing) existing.role = entry.role;
      else
        kept.push({
          id: email ?? `${entry.type}_${kept.length}`,
          name: email ? (email.split("@")[0] ?? null) : null,
          email,
          role: entry.role,
          type: entry.type,
        });
    }
    node.permissions = kept;
  }

  function permissionsReply(node: StorageNode): EmuReply {
    return { status: 200, json: { permissions: node.permissions.map((p) => ({ ...p })) } };
  }

  function propertiesReply(node: StorageNode): EmuReply {
    return { status: 200, json: { properties: [...node.properties.values()].map((p) => ({ ...p })) } };
  }

  function permissionHandlers(kind: "file" | "folder"): HandlerTable {
    const group = kind === "file" ? "files" : "folders";
    const nodeOf = (req: EmuRequest) => {
      const drive = driveFor(req);
      return { drive, node: mustFind(drive, String(req.params[`${kind}_id`]), kind) };
    };
    return {
      [`storage.${group}.listPermissions`]: (req) => permissionsReply(nodeOf(req).node),
      [`storage.${group}.setPermissions`]: (req) => {
        const { node } = nodeOf(req);
        applyPermissions(node, (req.json ?? []) as never, true); // an empty body is `[]` (see the spec)
        return permissionsReply(node);
      },
      [`storage.${group}.updatePermissions`]: (req) => {
        const { node } = nodeOf(req);
        applyPermissions(node, (req.json ?? []) as never, false);
        return permissionsReply(node);
      },
      [`storage.${group}.listServiceLinks`]: (req, ctx) => {
        const { drive, node } = nodeOf(req);
        const ids = new Set(node.kind === "file" ? [node.id] : descendantsOf(drive, node.id).map((n) => n.id));
        const objects = [...drive.links.values()].filter((l) => ids.has(l.fileId)).map((l) => linkJson(ctx.baseUrl, l));
        return {
          status: 200,
          json: { objects, count: objects.length, page: "1", next_page: null, type: "object_list", api: "storage" },
        };
      },
    };
  }

  /** The drives of every account a multi-account list names. */
  function drivesFor(req: EmuRequest): Drive[] {
    return (req.accounts ?? [req.account as AccountRecord]).map((account) => driveFor(req, account));
  }

  function linkFor(req: EmuRequest): { drive: Drive; link: LinkRecord } {
    const drive = driveFor(req);
    const link = drive.links.get(String(req.params.link_id));
    if (!link) throw new EmuError(404, "not_found", `Link not found: ${req.params.link_id}`);
    return { drive, link };
  }

  /**
   * One blob of the parts' bytes in order, streamed part after part (a part is never read whole).
   * The parts are held meanwhile: a part sent again during the copy replaces its blob in the
   * session, and the old one must not be reclaimed while it is being read.
   */
  async function concatBlobs(parts: BlobRef[]): Promise<BlobRef> {
    for (const part of parts) state.blobs.hold(part);
    try {
      return await copyBlobs(parts);
    } finally {
      for (const part of parts) state.blobs.release(part);
    }
  }

  async function copyBlobs(parts: BlobRef[]): Promise<BlobRef> {
    const writer = state.blobs.writer();
    try {
      for (const part of parts) {
        for await (const chunk of state.blobs.read(part)) {
          if (!writer.write(chunk as Buffer)) await writer.drain();
        }
      }
      return await writer.finish();
    } catch (err) {
      writer.abort();
      throw err;
    }
  }

  function sessionFor(req: EmuRequest): { drive: Drive; session: MultipartSession } {
    const drive = driveFor(req);
    const session = drive.sessions.get(String(req.params.multipart_id));
    if (!session) throw new EmuError(404, "not_found", `Multipart session not found: ${req.params.multipart_id}`);
    return { drive, session };
  }

  return {
    "storage.files.upload": async (req, ctx) => {
      const drive = driveFor(req);
      if (req.json !== undefined) return uploadFromUrl(req, ctx, drive);
      const meta = parseMetadata(req.headers["x-kloudless-metadata"]);
      checkName(meta.name);
      const folder = parentFolder(drive, meta.parent_id);
      const { node } = writeFile(
        changeContext(req, ctx),
        drive,
        folder,
        meta.name,
        uploadOf(req),
        args(req).overwrite === true,
        actorOf(drive, req.asUser),
      );
      return objectReply(req, ctx, drive, node, 201);
    },

    "storage.files.retrieve": (req, ctx) => {
      const drive = driveFor(req);
      return objectReply(req, ctx, drive, mustFind(drive, String(req.params.file_id), "file"));
    },

    "storage.files.update": (req, ctx) => update(req, ctx, "file"),

    "storage.files.updateContents": (req, ctx) => {
      const drive = driveFor(req);
      const node = mustFind(drive, String(req.params.file_id), "file");
      const upload = uploadOf(req);
      checkQuota(drive, options, upload.size - sizeOf(node));
      const previous = nodeJson(ctx.baseUrl, drive, node, true);
      node.blob = upload;
      node.modified = stamp();
      node.lastModifier = actorOf(drive, req.asUser);
      record(changeContext(req, ctx), drive, "update", node, previous);
      return objectReply(req, ctx, drive, node);
    },

    "storage.files.delete": (req, ctx) => {
      const drive = driveFor(req);
      const node = mustFind(drive, String(req.params.file_id), "file");
      record(changeContext(req, ctx), drive, "delete", node);
      detach(drive, node);
      return { status: 204 };
    },

    "storage.files.download": (req) => {
      const drive = driveFor(req);
      return downloadReply(state, mustFind(drive, String(req.params.file_id), "file"));
    },

    "storage.files.copy": (req, ctx) => copy(req, ctx, "file"),

    "storage.files.thumbnail": (req) => {
      const drive = driveFor(req);
      const node = mustFind(drive, String(req.params.file_id), "file");
      if (!node.mimeType?.startsWith("image/")) {
        throw new EmuError(404, "not_found", `No thumbnail is available for ${node.name} (${node.mimeType}).`);
      }
      const size = Math.min(MAX_THUMBNAIL_SIZE, Number(args(req).size ?? 256));
      // The colour is the first bytes of the SHA-256 of the file's bytes, kept with its blob.
      const digest = Buffer.from(node.blob?.sha256 ?? EMPTY_SHA256, "hex");
      const colour: [number, number, number] = [digest[0] as number, digest[1] as number, digest[2] as number];
      const jpeg = args(req).image_format === "jpeg";
      return {
        status: 200,
        body: jpeg ? encodeSolidJpeg(size, size, colour) : encodePng(size, size, () => colour),
        headers: { "Content-Type": jpeg ? "image/jpeg" : "image/png" },
      };
    },

    /** Decision: the URL is the emulator's own `PUT /__emulator/uploads/<token>`, usable once. */
    "storage.files.createUploadUrl": (req, ctx) => {
      const drive = driveFor(req);
      const input = body(req) as { parent_id: string; name: string };
      checkName(input.name);
      const folder = parentFolder(drive, input.parent_id);
      const token = randomToken(18);
      areaOf(state).uploads.set(token, { accountId: drive.account.id, parentId: folder.id, name: input.name });
      return {
        status: 200,
        json: { url: `${ctx.baseUrl}/__emulator/uploads/${token}`, method: "PUT", api: "storage", type: "upload_url" },
      };
    },

    ...permissionHandlers("file"),
    ...permissionHandlers("folder"),

    "storage.files.listProperties": (req) => {
      const drive = driveFor(req);
      return propertiesReply(mustFind(drive, String(req.params.file_id), "file"));
    },

    "storage.files.updateProperties": (req) => {
      const drive = driveFor(req);
      const node = mustFind(drive, String(req.params.file_id), "file");
      const time = stamp();
      for (const { key, value } of req.json as { key: string; value: string | null }[]) {
        const existing = node.properties.get(key);
        if (value === null) node.properties.delete(key);
        else if (existing) Object.assign(existing, { value, modified: time });
        else node.properties.set(key, { key, value, created: time, modified: time });
      }
      return propertiesReply(node);
    },

    "storage.files.deleteProperties": (req) => {
      const drive = driveFor(req);
      mustFind(drive, String(req.params.file_id), "file").properties.clear();
      return { status: 204 };
    },

    "storage.folders.create": (req, ctx) => {
      const drive = driveFor(req);
      const input = body(req) as { name: string; parent_id?: string };
      checkName(input.name);
      const folder = parentFolder(drive, input.parent_id ?? "root");
      const existing = findChild(drive, folder.id, input.name);
      if (existing && (existing.kind === "file" || args(req).conflict_if_exists === true)) {
        throw new EmuError(409, "naming_conflict", `An item named '${input.name}' already exists in the folder.`, {
          conflicting_resource_id: existing.id,
        });
      }
      if (existing) return objectReply(req, ctx, drive, existing, 200);
      const node = newNode(drive, "folder", input.name, folder.id, actorOf(drive, req.asUser));
      attach(drive, node);
      touch(drive, folder);
      record(changeContext(req, ctx), drive, "add", node);
      return objectReply(req, ctx, drive, node, 201);
    },

    "storage.folders.retrieve": (req, ctx) => {
      const drive = driveFor(req);
      return objectReply(req, ctx, drive, mustFind(drive, String(req.params.folder_id), "folder"));
    },

    "storage.folders.listContents": (req, ctx) => {
      const drive = driveFor(req);
      const folder = mustFind(drive, String(req.params.folder_id), "folder");
      const a = args(req);
      const items =
        a.recursive === true ? descendantsOf(drive, folder.id) : sortForListing(childrenOf(drive, folder.id));
      const token = a.page === undefined ? "1" : String(a.page);
      const pageSize = Number(a.page_size ?? DEFAULT_CONTENTS_PAGE_SIZE);
      const index = /^[1-9]\d{0,8}$/.test(token) ? Number(token) : 0;
      if (index < 1 || (index > 1 && (index - 1) * pageSize >= items.length)) {
        throw new EmuError(400, "invalid_parameters", `page: '${token}' is not a page token of this folder listing`);
      }
      const objects = items
        .slice((index - 1) * pageSize, index * pageSize)
        .map((n) => nodeJson(ctx.baseUrl, drive, n, req.rawData));
      return {
        status: 200,
        json: {
          count: objects.length,
          page: token,
          next_page: index * pageSize < items.length ? String(index + 1) : null,
          objects,
          type: "object_list",
          api: "storage",
        },
      };
    },

    "storage.folders.update": (req, ctx) => update(req, ctx, "folder"),

    "storage.folders.delete": (req, ctx) => {
      const drive = driveFor(req);
      const node = mustFind(drive, String(req.params.folder_id), "folder");
      if (node.id === drive.rootId) throw new EmuError(403, "forbidden", "The root folder cannot be deleted.");
      const below = descendantsOf(drive, node.id);
      if (below.length > 0 && args(req).recursive !== true) {
        throw new EmuError(
          403,
          "folder_not_empty",
          `Folder is not empty: ${node.name}. Use recursive=true to delete it with its contents.`,
        );
      }
      const cx = changeContext(req, ctx);
      for (const gone of [...below].reverse()) {
        record(cx, drive, "delete", gone);
        detach(drive, gone);
      }
      record(cx, drive, "delete", node);
      detach(drive, node);
      return { status: 204 };
    },

    "storage.folders.copy": (req, ctx) => copy(req, ctx, "folder"),

    "storage.multipart.init": (req) => {
      const drive = driveFor(req);
      const input = body(req) as { name: string; parent_id: string; size?: number };
      checkName(input.name);
      const folder = parentFolder(drive, input.parent_id);
      if (input.size !== undefined) checkQuota(drive, options, input.size);
      const session: MultipartSession = {
        id: state.nextId(),
        accountId: drive.account.id,
        name: input.name,
        parentId: folder.id,
        size: input.size ?? null,
        overwrite: args(req).overwrite === true,
        partSize: options.multipartPartSize,
        parallelUploads: options.multipartParallelUploads,
        parts: new Map(),
        created: stamp(),
      };
      drive.sessions.set(String(session.id), session);
      return { status: 201, json: sessionJson(session) };
    },

    "storage.multipart.retrieve": (req) => ({ status: 200, json: sessionJson(sessionFor(req).session) }),

    "storage.multipart.uploadPart": (req) => {
      const { session } = sessionFor(req);
      const number = Number(args(req).part_number);
      const part = uploadOf(req);
      const length = part.size;
      if (session.size !== null) {
        const count = Math.max(1, Math.ceil(session.size / session.partSize));
        if (number > count) {
          throw new EmuError(
            400,
            "invalid_parameters",
            `part_number: must be <= ${count} for a ${session.size}-byte upload in parts of ${session.partSize} bytes`,
          );
        }
        const expected = number < count ? session.partSize : session.size - (count - 1) * session.partSize;
        if (length !== expected)
          throw new EmuError(400, "invalid_parameters", `part ${number}: must be ${expected} bytes, got ${length}`);
      } else if (length > session.partSize || length === 0) {
        throw new EmuError(
          400,
          "invalid_parameters",
          `part ${number}: must be 1 to ${session.partSize} bytes (only the last part may be shorter), got ${length}`,
        );
      }
      session.parts.set(number, part);
      return { status: 200, json: { part_number: number, size: length } };
    },

    "storage.multipart.complete": async (req, ctx) => {
      const { drive, session } = sessionFor(req);
      const numbers = [...session.parts.keys()].sort((a, b) => a - b);
      const count =
        session.size !== null
          ? Math.max(1, Math.ceil(session.size / session.partSize))
          : (numbers[numbers.length - 1] ?? 0);
      const missing = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !session.parts.has(n));
      if (count === 0 || missing.length > 0) {
        throw new EmuError(
          400,
          "invalid_parameters",
          count === 0 ? "No parts were uploaded." : `Parts missing: ${missing.join(", ")}`,
        );
      }
      const short = numbers.filter((n) => n < count && (session.parts.get(n) as BlobRef).size !== session.partSize);
      if (short.length > 0) {
        throw new EmuError(
          400,
          "invalid_parameters",
          `Parts ${short.join(", ")} are shorter than part_size (${session.partSize}); only the last part may be.`,
        );
      }
      const parts = numbers.map((n) => session.parts.get(n) as BlobRef);
      const total = parts.reduce((sum, p) => sum + p.size, 0);
      if (session.size !== null && total !== session.size) {
        throw new EmuError(
          400,
          "invalid_parameters",
          `The parts add up to ${total} bytes, not the declared size ${session.size}.`,
        );
      }
      if (!drive.nodes.has(session.parentId))
        throw new EmuError(400, "invalid_parent_folder", "The destination folder no longer exists.");
      const bytes = await concatBlobs(parts);
      try {
        // The parts were joined asynchronously: the session or the folder may be gone meanwhile.
        if (drive.sessions.get(String(session.id)) !== session)
          throw new EmuError(404, "not_found", `Multipart session not found: ${session.id}`);
        const folder = drive.nodes.get(session.parentId);
        if (!folder) throw new EmuError(400, "invalid_parent_folder", "The destination folder no longer exists.");
        const overwrite = session.overwrite || args(req).overwrite === true;
        const { node } = writeFile(
          changeContext(req, ctx),
          drive,
          folder,
          session.name,
          bytes,
          overwrite,
          actorOf(drive, req.asUser),
        );
        drive.sessions.delete(String(session.id));
        return objectReply(req, ctx, drive, node, 201);
      } finally {
        state.blobs.release(bytes);
      }
    },

    "storage.multipart.abort": (req) => {
      const { drive, session } = sessionFor(req);
      drive.sessions.delete(String(session.id));
      return { status: 204 };
    },

    "storage.links.list": (req, ctx) => {
      const a = args(req);
      let links = drivesFor(req).flatMap((d) => [...d.links.values()]);
      if (a.active !== undefined) links = links.filter((l) => l.active === a.active);
      if (typeof a.ordering === "string") {
        const desc = a.ordering.startsWith("-");
        const field = a.ordering.replace(/^-/, "") as keyof LinkRecord;
        links.sort((x, y) => String(x[field] ?? "").localeCompare(String(y[field] ?? "")) * (desc ? -1 : 1));
      }
      const objects = links.map((l) => linkJson(ctx.baseUrl, l));
      return {
        status: 200,
        json: pageNumberList(objects, Number(a.page ?? 1), Number(a.page_size ?? DEFAULT_LIST_PAGE_SIZE), "storage"),
      };
    },

    "storage.links.create": (req, ctx) => {
      const drive = driveFor(req);
      const input = body(req) as unknown as LinkInput & { file_id: string };
      const file = lookup(drive, input.file_id, "file");
      if (!file) throw new EmuError(400, "invalid_parameters", `file_id: file not found: ${input.file_id}`);
      return { status: 201, json: linkJson(ctx.baseUrl, addLink(drive, file, input)) };
    },

    "storage.links.retrieve": (req, ctx) => {
      const { link } = linkFor(req);
      const active = args(req).active;
      if (active !== undefined && link.active !== active)
        throw new EmuError(404, "not_found", `Link not found: ${link.id}`);
      return { status: 200, json: linkJson(ctx.baseUrl, link) };
    },

    "storage.links.update": (req, ctx) => {
      const { link } = linkFor(req);
      const input = body(req);
      if (typeof input.active === "boolean") link.active = input.active;
      if (typeof input.direct === "boolean") link.direct = input.direct;
      if (input.expiration !== undefined) link.expiration = input.expiration as string | null;
      if (input.password !== undefined) link.password = input.password as string | null;
      link.modified = stamp();
      return { status: 200, json: linkJson(ctx.baseUrl, link) };
    },

    "storage.links.delete": (req) => {
      const { drive, link } = linkFor(req);
      drive.links.delete(link.id);
      return { status: 204 };
    },

    /** Decision: every `lang` is a case-insensitive name search; `parents` limits it to those folders' subtrees. */
    "storage.search": (req, ctx) => {
      const a = args(req);
      const needle = String(a.q).toLowerCase();
      const parents = typeof a.parents === "string" ? a.parents.split(",").filter(Boolean) : [];
      const objects = drivesFor(req).flatMap((drive) => {
        const scopes = parents.length ? parents.map((id) => mustFind(drive, id, "folder").id) : [drive.rootId];
        const seen = new Set<string>();
        return scopes
          .flatMap((id) => descendantsOf(drive, id))
          .filter((n) => n.name.toLowerCase().includes(needle) && !seen.has(n.id) && seen.add(n.id))
          .map((n) => nodeJson(ctx.baseUrl, drive, n, req.rawData));
      });
      return {
        status: 200,
        json: pageNumberList(objects, Number(a.page ?? 1), Number(a.page_size ?? DEFAULT_LIST_PAGE_SIZE), "storage"),
      };
    },

    "storage.recent": (req, ctx) => {
      const a = args(req);
      const after = typeof a.after === "string" ? Date.parse(a.after) : Number.NEGATIVE_INFINITY;
      const files = drivesFor(req)
        .flatMap((drive) =>
          [...drive.nodes.values()]
            .filter((n) => n.kind === "file" && Date.parse(n.modified) > after)
            .map((n) => ({ drive, n })),
        )
        .sort((x, y) => y.n.modified.localeCompare(x.n.modified));
      const objects = files.map(({ drive, n }) => nodeJson(ctx.baseUrl, drive, n, req.rawData));
      return {
        status: 200,
        json: pageNumberList(objects, Number(a.page ?? 1), Number(a.page_size ?? DEFAULT_LIST_PAGE_SIZE), "storage"),
      };
    },

    "storage.quota": (req) => {
      const drive = driveFor(req);
      return {
        status: 200,
        json: { total: options.quotaBytes, used: usedBytes(drive), api: "storage", type: "quota" },
      };
    },

    "storage.convertId": (req) => {
      const input = body(req) as { raw_id: string; type: "file" | "folder" };
      driveFor(req);
      return { status: 200, json: { id: encodeRawId(input.raw_id, input.type) } };
    },
  };
}
