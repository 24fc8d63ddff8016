/**
 * Renaming, moving and copying files and folders, within an account or into another one (a
 * move across accounts is a copy and a delete), and copies into the File Picker's upload
 * location. Files and folders share these, as the API gives them the same semantics.
 */
import { startTask, type TaskOutput } from "./core.ts";
import { EmuError } from "./errors.ts";
import type { Schema } from "./replies.ts";
import type { EmulatorState } from "./state.ts";
import { checkQuota, record } from "./storage-changes.ts";
import { args, body, checkName, isAsync, type StorageScope } from "./storage-common.ts";
import { addLink, type LinkInput } from "./storage-links.ts";
import {
  actorOf,
  ancestorsOf,
  copyTree,
  type Drive,
  descendantsOf,
  detach,
  driveOf,
  findChild,
  freeName,
  mimeTypeFor,
  mustFind,
  parentFolder,
  type StorageNode,
  stamp,
  subtreeBytes,
  touch,
} from "./storage-tree.ts";
import { linkJson, nodeJson } from "./storage-views.ts";
import type { EmuContext, EmuRequest } from "./types.ts";

/** Where a rename, move or copy left its object: the handler shows it as a File or a Folder. */
export interface Placed {
  drive: Drive;
  node: StorageNode;
  /** The URL of the share link a copy made with `link=true`. */
  link?: string;
}

/** Renames and/or moves `node` (PATCH of a file or folder). */
export function updateNode(scope: StorageScope, req: EmuRequest, ctx: EmuContext, kind: "file" | "folder"): Placed {
  const { driveFor, targetDrive, changeContext } = scope;
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
    const moved = copyTree(drive, node, target, folder, freeName(target, folder.id, name), actorOf(target, req.asUser));
    record(cx, drive, "delete", node);
    for (const gone of node.kind === "folder" ? descendantsOf(drive, node.id) : []) detach(drive, gone);
    detach(drive, node);
    record(cx, target, "add", moved);
    return { drive: target, node: moved };
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
  return { drive, node };
}

/**
 * Copies a file or folder; with `X-Kloudless-Async: true` or `return_type=task` the copy runs
 * as a task. `account: upload_location` copies into the upload location `drop_account`;
 * `link=true` (files) adds a link to the copy, whose URL the answer carries as `link`.
 */
export function copyNode(
  scope: StorageScope,
  req: EmuRequest,
  ctx: EmuContext,
  kind: "file" | "folder",
): Placed | { task: Schema<"Task"> } {
  const { state, options, driveFor, targetDrive, changeContext } = scope;
  const drive = driveFor(req);
  const node = mustFind(drive, String(req.params[`${kind}_id`]), kind);
  const input = body(req);
  const toUploadLocation = input.account === "upload_location";
  const target = toUploadLocation ? uploadLocationDrive(state, input) : targetDrive(req, drive, input.account);
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
  const work = (): Placed => {
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
    const link = withLink ? linkJson(ctx.baseUrl, addLink(target, copied, linkFields)).url : undefined;
    return { drive: target, node: copied, ...(link ? { link } : {}) };
  };
  const asTask = isAsync(req) || args(req).return_type === "task";
  if (!asTask) return work();
  // A task's result is what `tasks.retrieve` answers once the work has run.
  const result = (): TaskOutput => {
    const placed = work();
    const json = nodeJson(ctx.baseUrl, placed.drive, placed.node, req.rawData);
    return placed.link ? { ...json, link: placed.link } : json;
  };
  return { task: startTask(state, drive.account, req.requestId, result) };
}

/**
 * The drive an upload-location copy (`account: upload_location`) goes to: the account
 * `drop_account`, any storage account of the application (the emulator has no list of upload
 * locations to check it against), reached without its credentials as the application's own.
 */
function uploadLocationDrive(state: EmulatorState, input: Record<string, unknown>): Drive {
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
