/**
 * The JSON views of the storage area: File and Folder objects (with the upstream-style `raw`
 * object), links and multipart sessions, and a file's bytes as a download reply. Activity events
 * render objects through the same views, so an event always shows what a GET would.
 */
import { Buffer } from "node:buffer";
import type { Readable } from "node:stream";
import { encodeRawId } from "./core.ts";
import type { Schema } from "./replies.ts";
import type { EmulatorState } from "./state.ts";
import {
  ancestorsOf,
  type Drive,
  type LinkRecord,
  type MultipartSession,
  pathOf,
  type StorageNode,
  sizeOf,
  type UserRef,
} from "./storage-tree.ts";
import type { EmuContext, EmuRequest } from "./types.ts";

/** `content_hash` of an empty file. */
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** A File or Folder object as the spec types it. */
export type NodeJson = Schema<"File"> | Schema<"Folder">;

function userJson(user: UserRef): Schema<"UserRef"> {
  return { api: "team", type: "user", id: user.id, name: user.name, email: user.email, id_type: "login" };
}

function refJson(node: StorageNode): Schema<"ParentRef"> {
  return { id: node.id, name: node.name, type: "folder", id_type: "default" };
}

function hrefOf(baseUrl: string, drive: Drive, node: StorageNode): string {
  return `${baseUrl}/v1/accounts/${drive.account.id}/storage/${node.kind === "file" ? "files" : "folders"}/${node.id}`;
}

/** The File or Folder object of `node`; `raw` adds the upstream-style object under `raw.object`. */
export function nodeJson(baseUrl: string, drive: Drive, node: StorageNode, raw = false): NodeJson {
  return node.kind === "file" ? fileJson(baseUrl, drive, node, raw) : folderJson(baseUrl, drive, node, raw);
}

/** The File object of `node`, which must be a file (a folder here is an emulator bug). */
export function fileJson(baseUrl: string, drive: Drive, node: StorageNode, raw = false): Schema<"File"> {
  if (node.kind !== "file") throw new Error(`${node.id} is a folder, not a file`);
  return {
    ...commonJson(baseUrl, drive, node, raw),
    type: "file",
    mime_type: node.mimeType,
    downloadable: true,
  };
}

/** The Folder object of `node`, which must be a folder. */
export function folderJson(baseUrl: string, drive: Drive, node: StorageNode, raw = false): Schema<"Folder"> {
  if (node.kind !== "folder") throw new Error(`${node.id} is a file, not a folder`);
  return {
    ...commonJson(baseUrl, drive, node, raw),
    type: "folder",
    can_create_folders: true,
    can_upload_files: true,
    can_list_recursively: true,
  };
}

/** The fields Files and Folders share. */
function commonJson(baseUrl: string, drive: Drive, node: StorageNode, raw: boolean): Omit<Schema<"Folder">, "type"> {
  const path = pathOf(drive, node);
  const parent = node.parentId === null ? undefined : drive.nodes.get(node.parentId);
  return {
    id: node.id,
    name: node.name,
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
    ...(raw ? { raw: { object: rawObject(drive, node, path) } } : {}),
  };
}

/** The upstream-style (Dropbox) object of `node`, for `raw.object`. */
function rawObject(_drive: Drive, node: StorageNode, path: string): Record<string, unknown> {
  return {
    ".tag": node.kind,
    id: node.rawId,
    name: node.name,
    path_display: path,
    path_lower: path.toLowerCase(),
    ...(node.kind === "file"
      ? { size: sizeOf(node), server_modified: node.modified, content_hash: node.blob?.sha256 ?? EMPTY_SHA256 }
      : {}),
  };
}

/** A share link as the API answers it. */
export function linkJson(baseUrl: string, link: LinkRecord): Schema<"Link"> {
  return {
    id: link.id,
    url: `${baseUrl}/l/${link.token}`,
    file_id: link.fileId,
    account: link.accountId,
    active: link.active,
    direct: link.direct,
    expiration: link.expiration,
    created: link.created,
    modified: link.modified,
    api: "storage",
    type: "link",
  };
}

/** A multipart upload session as the API answers it. */
export function sessionJson(session: MultipartSession): Schema<"MultipartSession"> {
  return {
    id: session.id,
    account: session.accountId,
    part_size: session.partSize,
    parallel_uploads: session.parallelUploads,
  };
}

/** The File object of `node` for the request (`raw` with `X-Kloudless-Raw-Data`). */
export function fileView(req: EmuRequest, ctx: EmuContext, drive: Drive, node: StorageNode): Schema<"File"> {
  return fileJson(ctx.baseUrl, drive, node, req.rawData);
}

/** The Folder object of `node` for the request. */
export function folderView(req: EmuRequest, ctx: EmuContext, drive: Drive, node: StorageNode): Schema<"Folder"> {
  return folderJson(ctx.baseUrl, drive, node, req.rawData);
}

/** A file's bytes and their headers, streamed from its blob. */
export function download(
  state: EmulatorState,
  file: StorageNode,
): { body: Buffer | Readable; headers: Record<string, string> } {
  return {
    body: file.blob ? state.blobs.read(file.blob) : Buffer.alloc(0),
    headers: {
      "Content-Type": file.mimeType ?? "application/octet-stream",
      "Content-Disposition": disposition(file.name),
      "Content-Length": String(sizeOf(file)),
    },
  };
}

function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
