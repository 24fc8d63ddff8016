/**
 * Multipart uploads: a session collects numbered parts (each streamed to its own blob, checked
 * against `part_size` and the declared size), and completing it joins them into one file.
 */

import type { BlobRef } from "./blob-store.ts";
import { EmuError } from "./errors.ts";
import { checkQuota, writeFile } from "./storage-changes.ts";
import { args, body, checkName, type StorageScope, uploadOf } from "./storage-common.ts";
import { actorOf, type Drive, type MultipartSession, parentFolder, stamp } from "./storage-tree.ts";
import { fileView, sessionJson } from "./storage-views.ts";
import type { EmuRequest, HandlerTable } from "./types.ts";

/** Creates the `storage.multipart.*` handlers. */
export function createMultipartHandlers(scope: StorageScope): HandlerTable {
  const { state, options, driveFor, changeContext } = scope;

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
    "storage.multipart.init": (req, _ctx, reply) => {
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
      return reply(201, sessionJson(session));
    },

    "storage.multipart.retrieve": (req, _ctx, reply) => reply(200, sessionJson(sessionFor(req).session)),

    "storage.multipart.uploadPart": (req, _ctx, reply) => {
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
      return reply(200, { part_number: number, size: length });
    },

    "storage.multipart.complete": async (req, ctx, reply) => {
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
        return reply(201, fileView(req, ctx, drive, node));
      } finally {
        state.blobs.release(bytes);
      }
    },

    "storage.multipart.abort": (req, _ctx, reply) => {
      const { drive, session } = sessionFor(req);
      drive.sessions.delete(String(session.id));
      return reply.empty(204);
    },
  };
}
