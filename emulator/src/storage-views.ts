/**
 * The JSON views of the storage area: File and Folder objects (with the upstream-style `raw`
 * object), links and multipart sessions, and a file's bytes as a download reply. Activity events
 * render objects through the same views, so an event always shows what a GET would.
 */
import { Buffer } from "node:buffer";
import { encodeRawId } from "./core.ts";
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
import type { EmuContext, EmuReply, EmuRequest } from "./types.ts";

/** `content_hash` of an empty file. */
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

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
export function nodeJson(baseUrl: string, drive: Drive, node: StorageNode, raw = false): Record<string, unknown> {
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

export function linkJson(baseUrl: string, link: LinkRecord): Record<string, unknown> {
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

export function sessionJson(session: MultipartSession): Record<string, unknown> {
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

/** The File or Folder object of `node` as a reply (`raw` with `X-Kloudless-Raw-Data`). */
export function objectReply(req: EmuRequest, ctx: EmuContext, drive: Drive, node: StorageNode, status = 200): EmuReply {
  return { status, json: nodeJson(ctx.baseUrl, drive, node, req.rawData) };
}

/** A file's bytes as a reply, streamed from its blob. */
export function downloadReply(state: EmulatorState, file: StorageNode): EmuReply {
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

function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
