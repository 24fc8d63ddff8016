/**
 * File handlers: uploads (binary with `X-Kloudless-Metadata`, or from a loopback URL), metadata,
 * new contents, delete, download, copy, rename or move, thumbnails, properties, and the
 * one-time `upload_url` the emulator itself accepts bytes at.
 */
import { Buffer } from "node:buffer";
import type { BlobRef } from "./blob-store.ts";
import { startTask } from "./core.ts";
import { EmuError } from "./errors.ts";
import { encodePng, encodeSolidJpeg } from "./images.ts";
import type { Replier, Schema } from "./replies.ts";
import { type EmulatorState, randomToken } from "./state.ts";
import { type ChangeContext, checkQuota, record, writeFile } from "./storage-changes.ts";
import { args, body, checkName, isAsync, type StorageOptions, type StorageScope, uploadOf } from "./storage-common.ts";
import { copyNode, updateNode } from "./storage-copy-move.ts";
import {
  actorOf,
  areaOf,
  type Drive,
  detach,
  mustFind,
  ownerOf,
  parentFolder,
  type StorageNode,
  sizeOf,
  stamp,
} from "./storage-tree.ts";
import { download, EMPTY_SHA256, fileJson, fileView, nodeJson } from "./storage-views.ts";
import type { EmuContext, EmuReply, EmuRequest, HandlerTable } from "./types.ts";
import { DEFAULT_URL_FETCH_LIMITS, fetchLoopbackUrl, isLoopbackHost } from "./url-fetch.ts";

/** The largest thumbnail edge served. */
const MAX_THUMBNAIL_SIZE = 1024;

/** Creates the `storage.files.*` handlers (permissions are in storage-permissions.ts). */
export function createFileHandlers(scope: StorageScope): HandlerTable {
  const { state, options, driveFor, changeContext } = scope;

  async function uploadFromUrl(
    req: EmuRequest,
    ctx: EmuContext,
    drive: Drive,
    reply: Replier<"storage.files.upload">,
  ): Promise<ReturnType<typeof reply>> {
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
    const work = async (): Promise<Schema<"File">> => {
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
        return fileView(req, ctx, drive, node);
      } finally {
        state.blobs.release(bytes);
      }
    };
    if (isAsync(req)) return reply(202, startTask(state, drive.account, req.requestId, work));
    return reply(201, await work());
  }

  function properties(node: StorageNode): Schema<"PropertyList"> {
    return { properties: [...node.properties.values()].map((p) => ({ ...p })) };
  }

  return {
    "storage.files.upload": async (req, ctx, reply) => {
      const drive = driveFor(req);
      if (req.json !== undefined) return uploadFromUrl(req, ctx, drive, reply);
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
      return reply(201, fileView(req, ctx, drive, node));
    },

    "storage.files.retrieve": (req, ctx, reply) => {
      const drive = driveFor(req);
      return reply(200, fileView(req, ctx, drive, mustFind(drive, String(req.params.file_id), "file")));
    },

    "storage.files.update": (req, ctx, reply) => {
      const { drive, node } = updateNode(scope, req, ctx, "file");
      return reply(200, fileView(req, ctx, drive, node));
    },

    "storage.files.updateContents": (req, ctx, reply) => {
      const drive = driveFor(req);
      const node = mustFind(drive, String(req.params.file_id), "file");
      const upload = uploadOf(req);
      checkQuota(drive, options, upload.size - sizeOf(node));
      const previous = nodeJson(ctx.baseUrl, drive, node, true);
      node.blob = upload;
      node.modified = stamp();
      node.lastModifier = actorOf(drive, req.asUser);
      record(changeContext(req, ctx), drive, "update", node, previous);
      return reply(200, fileView(req, ctx, drive, node));
    },

    "storage.files.delete": (req, ctx, reply) => {
      const drive = driveFor(req);
      const node = mustFind(drive, String(req.params.file_id), "file");
      record(changeContext(req, ctx), drive, "delete", node);
      detach(drive, node);
      return reply.empty(204);
    },

    "storage.files.download": (req, _ctx, reply) => {
      const drive = driveFor(req);
      const { body, headers } = download(state, mustFind(drive, String(req.params.file_id), "file"));
      return reply.binary(200, body, headers);
    },

    "storage.files.copy": (req, ctx, reply) => {
      const copied = copyNode(scope, req, ctx, "file");
      if ("task" in copied) return reply(202, copied.task);
      const json = fileView(req, ctx, copied.drive, copied.node);
      return reply(201, copied.link ? { ...json, link: copied.link } : json);
    },

    "storage.files.thumbnail": (req, _ctx, reply) => {
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
      return reply.binary(200, jpeg ? encodeSolidJpeg(size, size, colour) : encodePng(size, size, () => colour), {
        "Content-Type": jpeg ? "image/jpeg" : "image/png",
      });
    },

    /** Decision: the URL is the emulator's own `PUT /__emulator/uploads/<token>`, usable once. */
    "storage.files.createUploadUrl": (req, ctx, reply) => {
      const drive = driveFor(req);
      const input = body(req) as { parent_id: string; name: string };
      checkName(input.name);
      const folder = parentFolder(drive, input.parent_id);
      const token = randomToken(18);
      areaOf(state).uploads.set(token, { accountId: drive.account.id, parentId: folder.id, name: input.name });
      // The spec's UploadUrl is `url` alone; the emulator's takes a PUT (docs/emulator.md).
      return reply(200, { url: `${ctx.baseUrl}/__emulator/uploads/${token}` });
    },

    "storage.files.listProperties": (req, _ctx, reply) => {
      const drive = driveFor(req);
      return reply(200, properties(mustFind(drive, String(req.params.file_id), "file")));
    },

    "storage.files.updateProperties": (req, _ctx, reply) => {
      const drive = driveFor(req);
      const node = mustFind(drive, String(req.params.file_id), "file");
      const time = stamp();
      for (const { key, value } of req.json as { key: string; value: string | null }[]) {
        const existing = node.properties.get(key);
        if (value === null) node.properties.delete(key);
        else if (existing) Object.assign(existing, { value, modified: time });
        else node.properties.set(key, { key, value, created: time, modified: time });
      }
      return reply(200, properties(node));
    },

    "storage.files.deleteProperties": (req, _ctx, reply) => {
      const drive = driveFor(req);
      mustFind(drive, String(req.params.file_id), "file").properties.clear();
      return reply.empty(204);
    },
  };
}

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

/** Whether `token` names an `upload_url` URL not used yet (checked before its body is read). */
export function isPendingUpload(state: EmulatorState, token: string): boolean {
  return areaOf(state).uploads.has(token);
}

/**
 * Accepts the bytes sent to an `upload_url` URL (`PUT /__emulator/uploads/<token>`); the URL
 * works once. Throws the API's errors: 404 for a used URL, 409 when the folder is gone, 507.
 */
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
  if (!upload || !drive) throw new EmuError(404, "not_found", "The upload URL is unknown or already used.");
  const folder = drive.nodes.get(upload.parentId);
  if (!folder) throw new EmuError(409, "invalid_parent_folder", "The destination folder no longer exists.");
  area.uploads.delete(token);
  const cx: ChangeContext = { state, baseUrl, options, userId: null };
  const { node } = writeFile(cx, drive, folder, upload.name, bytes, false, ownerOf(drive.account));
  return { status: 200, json: fileJson(baseUrl, drive, node) };
}
