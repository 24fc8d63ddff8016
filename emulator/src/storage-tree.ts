/**
 * The storage model: the records of a drive (files, folders, links, multipart
 * sessions, pending direct uploads) and the tree operations over them. It is its own file so
 * that the Storage API handlers in `storage.ts` read as request handling, while the rules of
 * the tree (unique names, paths, path IDs, ownership) live in one place. Nothing here records
 * activity or checks quota; the callers do.
 */
import type { BlobRef } from "./blob-store.ts";
import { decodeRawId, encodeRawId } from "./core.ts";
import { EmuError } from "./errors.ts";
import { type EmulatorState, randomToken } from "./state.ts";
import type { AccountRecord } from "./types.ts";

/** A user reference as file metadata carries it (`api` = `team`, `type` = `user`). */
export interface UserRef {
  id: string;
  name: string | null;
  email: string | null;
}

/** One sharing entry of a file or folder. */
export interface PermissionRecord {
  id: string;
  name: string | null;
  email: string | null;
  role: string;
  type: string;
}

/** A custom property of a file. */
export interface PropertyRecord {
  key: string;
  value: string;
  created: string;
  modified: string;
}

/** A file or folder of a drive. */
export interface StorageNode {
  id: string;
  rawId: string;
  kind: "file" | "folder";
  name: string;
  /** Null for the root. */
  parentId: string | null;
  created: string;
  modified: string;
  /** The file's bytes in the blob store (null for folders); blobs are immutable and may be shared by copies. */
  blob: BlobRef | null;
  mimeType: string | null;
  owner: UserRef;
  creator: UserRef;
  lastModifier: UserRef;
  permissions: PermissionRecord[];
  properties: Map<string, PropertyRecord>;
}

/** A Kloudless share link. */
export interface LinkRecord {
  id: string;
  token: string;
  fileId: string;
  accountId: number;
  active: boolean;
  direct: boolean;
  expiration: string | null;
  password: string | null;
  created: string;
  modified: string;
}

/** A multipart upload session. */
export interface MultipartSession {
  id: number;
  accountId: number;
  name: string;
  parentId: string;
  size: number | null;
  overwrite: boolean;
  partSize: number;
  parallelUploads: boolean;
  /** The stored parts by part number. */
  parts: Map<number, BlobRef>;
  created: string;
}

/** The file tree and storage objects of one account. */
export interface Drive {
  account: AccountRecord;
  rootId: string;
  nodes: Map<string, StorageNode>;
  children: Map<string, Set<string>>;
  links: Map<string, LinkRecord>;
  sessions: Map<string, MultipartSession>;
}

/** A pending direct upload created by `upload_url`. */
export interface DirectUpload {
  accountId: number;
  parentId: string;
  name: string;
}

/** The storage slot of the emulator state. */
export interface StorageArea {
  drives: Map<number, Drive>;
  uploads: Map<string, DirectUpload>;
}

/** The storage slot of `state`, created empty on first use. */
export function areaOf(state: EmulatorState): StorageArea {
  return state.area<StorageArea>("storage", () => ({ drives: new Map(), uploads: new Map() }));
}

let lastStamp = 0;

/**
 * The current time for storage timestamps, strictly increasing within the process so that
 * "newest first" orders (recent files) are stable even for changes made in the same millisecond.
 */
export function stamp(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

function newRawId(): string {
  return `id:${randomToken(16)}`;
}

/** The account's owner as file metadata names it: the login, its local part as the name. */
export function ownerOf(account: AccountRecord): UserRef {
  return { id: account.account, name: account.account.split("@")[0] ?? null, email: account.account };
}

/** The drive of `account`, created with an empty root on first use. */
export function driveOf(state: EmulatorState, account: AccountRecord): Drive {
  const area = areaOf(state);
  let drive = area.drives.get(account.id);
  if (!drive) {
    const rawId = newRawId();
    const created = stamp();
    const owner = ownerOf(account);
    const root: StorageNode = {
      id: encodeRawId(rawId, "folder"),
      rawId,
      kind: "folder",
      name: account.serviceName,
      parentId: null,
      created,
      modified: created,
      blob: null,
      mimeType: null,
      owner,
      creator: owner,
      lastModifier: owner,
      permissions: [ownerPermission(account)],
      properties: new Map(),
    };
    drive = {
      account,
      rootId: root.id,
      nodes: new Map([[root.id, root]]),
      children: new Map([[root.id, new Set()]]),
      links: new Map(),
      sessions: new Map(),
    };
    area.drives.set(account.id, drive);
  }
  return drive;
}

function ownerPermission(account: AccountRecord): PermissionRecord {
  const owner = ownerOf(account);
  return { id: owner.id, name: owner.name, email: owner.email, role: "owner", type: "user" };
}

// ---------------------------------------------------------------------------------------------
// Tree helpers

/** The node's path from the root (`/` for the root), which `path` and path IDs carry. */
export function pathOf(drive: Drive, node: StorageNode): string {
  const names: string[] = [];
  for (let n: StorageNode | undefined = node; n && n.parentId !== null; n = drive.nodes.get(n.parentId))
    names.unshift(n.name);
  return `/${names.join("/")}`;
}

/** The folders from the root down to the node's parent. */
export function ancestorsOf(drive: Drive, node: StorageNode): StorageNode[] {
  const out: StorageNode[] = [];
  for (let id = node.parentId; id !== null; ) {
    const parent = drive.nodes.get(id);
    if (!parent) break;
    out.unshift(parent);
    id = parent.parentId;
  }
  return out;
}

/** The direct children of a folder, unsorted; listings sort them with `sortForListing`. */
export function childrenOf(drive: Drive, folderId: string): StorageNode[] {
  return [...(drive.children.get(folderId) ?? [])].map((id) => drive.nodes.get(id) as StorageNode);
}

/** Every node below `folderId`, depth first, folders before their contents. */
export function descendantsOf(drive: Drive, folderId: string): StorageNode[] {
  const out: StorageNode[] = [];
  for (const child of sortForListing(childrenOf(drive, folderId))) {
    out.push(child);
    if (child.kind === "folder") out.push(...descendantsOf(drive, child.id));
  }
  return out;
}

/** Folders before files, each by name: the order of every listing and recursive walk. */
export function sortForListing(nodes: StorageNode[]): StorageNode[] {
  return nodes.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "folder" ? -1 : 1));
}

/** The item named exactly `name` in the folder; names are unique per folder. */
export function findChild(drive: Drive, folderId: string, name: string): StorageNode | undefined {
  return childrenOf(drive, folderId).find((n) => n.name === name);
}

/** `name` if free in the folder, else `name (1).ext`, `name (2).ext`, ... */
export function freeName(drive: Drive, folderId: string, name: string): string {
  if (!findChild(drive, folderId, name)) return name;
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let i = 1; ; i++) {
    const candidate = `${stem} (${i})${ext}`;
    if (!findChild(drive, folderId, candidate)) return candidate;
  }
}

/** Adds `node` to the drive and its parent; a folder gets its (possibly empty) child set. */
export function attach(drive: Drive, node: StorageNode): void {
  drive.nodes.set(node.id, node);
  if (node.kind === "folder") drive.children.set(node.id, drive.children.get(node.id) ?? new Set());
  if (node.parentId !== null) drive.children.get(node.parentId)?.add(node.id);
}

/** Removes `node` and its share links (its descendants are the caller's), so no link outlives its file. */
export function detach(drive: Drive, node: StorageNode): void {
  if (node.parentId !== null) drive.children.get(node.parentId)?.delete(node.id);
  drive.nodes.delete(node.id);
  drive.children.delete(node.id);
  for (const [id, link] of drive.links) if (link.fileId === node.id) drive.links.delete(id);
}

/** The bytes stored in the drive: the quota's `used`. */
export function usedBytes(drive: Drive): number {
  let used = 0;
  for (const node of drive.nodes.values()) used += sizeOf(node);
  return used;
}

/** Looks a node up by ID, path ID or the `root` alias. */
export function lookup(drive: Drive, id: string, kind: "file" | "folder"): StorageNode | undefined {
  if (kind === "folder" && id === "root") return drive.nodes.get(drive.rootId);
  const direct = drive.nodes.get(id);
  if (direct) return direct.kind === kind ? direct : undefined;
  const path = decodeRawId(id, kind);
  if (path?.startsWith("/")) {
    for (const node of drive.nodes.values()) if (node.kind === kind && pathOf(drive, node) === path) return node;
  }
  return undefined;
}

/** `lookup`, with a missing item as the API's 404 `not_found`. */
export function mustFind(drive: Drive, id: string, kind: "file" | "folder"): StorageNode {
  const node = lookup(drive, id, kind);
  if (!node) throw new EmuError(404, "not_found", `${kind === "file" ? "File" : "Folder"} not found: ${id}`);
  return node;
}

/** The destination folder named by `parent_id`, or 400 `invalid_parent_folder`. */
export function parentFolder(drive: Drive, parentId: string): StorageNode {
  const folder = lookup(drive, parentId, "folder");
  if (!folder) throw new EmuError(400, "invalid_parent_folder", `parent_id: folder not found: ${parentId}`);
  return folder;
}

/** Guesses a file's MIME type from its name. */
export function mimeTypeFor(name: string): string {
  const ext = name.includes(".") ? (name.split(".").pop() ?? "").toLowerCase() : "";
  const types: Record<string, string> = {
    txt: "text/plain",
    md: "text/markdown",
    csv: "text/csv",
    html: "text/html",
    htm: "text/html",
    css: "text/css",
    js: "application/javascript",
    json: "application/json",
    xml: "application/xml",
    pdf: "application/pdf",
    zip: "application/zip",
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
    webp: "image/webp",
    svg: "image/svg+xml",
    mp3: "audio/mpeg",
    mp4: "video/mp4",
    doc: "application/msword",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  };
  return types[ext] ?? "application/octet-stream";
}

// ---------------------------------------------------------------------------------------------
// Building blocks of changes (activity and quota are the caller's)

/** Who makes a change: the account's owner, or the impersonated team user. */
export function actorOf(drive: Drive, asUser: string | undefined): UserRef {
  return asUser === undefined ? ownerOf(drive.account) : { id: asUser, name: null, email: null };
}

/** A new file or folder of the account, not yet attached, made by `actor`. */
export function newNode(
  drive: Drive,
  kind: "file" | "folder",
  name: string,
  parentId: string,
  actor: UserRef,
  blob: BlobRef | null = null,
): StorageNode {
  const rawId = newRawId();
  const created = stamp();
  return {
    id: encodeRawId(rawId, kind),
    rawId,
    kind,
    name,
    parentId,
    created,
    modified: created,
    blob,
    mimeType: kind === "file" ? mimeTypeFor(name) : null,
    owner: ownerOf(drive.account),
    creator: actor,
    lastModifier: actor,
    permissions: [ownerPermission(drive.account)],
    properties: new Map(),
  };
}

/** Marks a folder modified when its contents change; the root keeps its own timestamp. */
export function touch(drive: Drive, folder: StorageNode): void {
  if (folder.id !== drive.rootId) folder.modified = stamp();
}

/** Copies `node` (and, for folders, everything below it) into `folder` of `target`. */
export function copyTree(
  source: Drive,
  node: StorageNode,
  target: Drive,
  folder: StorageNode,
  name: string,
  actor: UserRef,
): StorageNode {
  // Blobs are immutable, so the copy shares the original's: no byte is read or written.
  const copy = newNode(target, node.kind, name, folder.id, actor, node.blob);
  copy.mimeType = node.mimeType;
  copy.properties = new Map([...node.properties].map(([k, v]) => [k, { ...v }]));
  attach(target, copy);
  if (node.kind === "folder") {
    for (const child of childrenOf(source, node.id)) copyTree(source, child, target, copy, child.name, actor);
  }
  return copy;
}

/** The bytes a copy of `node` adds, for the quota check before copying. */
export function subtreeBytes(drive: Drive, node: StorageNode): number {
  if (node.kind === "file") return sizeOf(node);
  return descendantsOf(drive, node.id).reduce((sum, n) => sum + sizeOf(n), 0);
}

/** The size of a file's bytes (0 for folders). */
export function sizeOf(node: StorageNode): number {
  return node.blob?.size ?? 0;
}

/** The IDs of every blob the storage state refers to: file contents and multipart parts. */
export function referencedBlobs(state: EmulatorState): Set<string> {
  const ids = new Set<string>();
  for (const drive of areaOf(state).drives.values()) {
    for (const node of drive.nodes.values()) if (node.blob) ids.add(node.blob.id);
    for (const session of drive.sessions.values()) for (const part of session.parts.values()) ids.add(part.id);
  }
  return ids;
}
