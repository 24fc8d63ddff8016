/**
 * Folder handlers: create (an existing folder is returned unless `conflict_if_exists`),
 * retrieve, list contents (paged by page-number tokens, optionally recursive), rename or move,
 * delete (recursive only when asked) and copy.
 */
import { EmuError } from "./errors.ts";
import { record } from "./storage-changes.ts";
import { args, body, checkName, type StorageScope } from "./storage-common.ts";
import { copyNode, updateNode } from "./storage-copy-move.ts";
import {
  actorOf,
  attach,
  childrenOf,
  descendantsOf,
  detach,
  findChild,
  mustFind,
  newNode,
  parentFolder,
  sortForListing,
  touch,
} from "./storage-tree.ts";
import { folderView, nodeJson } from "./storage-views.ts";
import type { HandlerTable } from "./types.ts";

/** Items per page of folder contents when `page_size` is not given. */
const DEFAULT_CONTENTS_PAGE_SIZE = 100;

/** Creates the `storage.folders.*` handlers (permissions are in storage-permissions.ts). */
export function createFolderHandlers(scope: StorageScope): HandlerTable {
  const { driveFor, changeContext } = scope;
  return {
    "storage.folders.create": (req, ctx, reply) => {
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
      if (existing) return reply(200, folderView(req, ctx, drive, existing));
      const node = newNode(drive, "folder", input.name, folder.id, actorOf(drive, req.asUser));
      attach(drive, node);
      touch(drive, folder);
      record(changeContext(req, ctx), drive, "add", node);
      return reply(201, folderView(req, ctx, drive, node));
    },

    "storage.folders.retrieve": (req, ctx, reply) => {
      const drive = driveFor(req);
      return reply(200, folderView(req, ctx, drive, mustFind(drive, String(req.params.folder_id), "folder")));
    },

    "storage.folders.listContents": (req, ctx, reply) => {
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
      return reply(200, {
        count: objects.length,
        page: token,
        next_page: index * pageSize < items.length ? String(index + 1) : null,
        objects,
        type: "object_list",
        api: "storage",
      });
    },

    "storage.folders.update": (req, ctx, reply) => {
      const { drive, node } = updateNode(scope, req, ctx, "folder");
      return reply(200, folderView(req, ctx, drive, node));
    },

    "storage.folders.delete": (req, ctx, reply) => {
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
      return reply.empty(204);
    },

    "storage.folders.copy": (req, ctx, reply) => {
      const copied = copyNode(scope, req, ctx, "folder");
      return "task" in copied ? reply(202, copied.task) : reply(201, folderView(req, ctx, copied.drive, copied.node));
    },
  };
}
