/**
 * Sharing of files and folders: the permission lists (`listPermissions`, `setPermissions`,
 * `updatePermissions`, where the owner's entry cannot change) and the links reaching an item
 * (`listServiceLinks`).
 */
import { EmuError } from "./errors.ts";
import type { Schema } from "./replies.ts";
import type { StorageScope } from "./storage-common.ts";
import { descendantsOf, mustFind, type StorageNode } from "./storage-tree.ts";
import { linkJson } from "./storage-views.ts";
import type { EmuContext, EmuRequest, HandlerTable } from "./types.ts";

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

function permissions(node: StorageNode): Schema<"PermissionList"> {
  return { permissions: node.permissions.map((p) => ({ ...p })) };
}

/** Creates the permission and service-link handlers of files and folders. */
export function createPermissionHandlers(scope: StorageScope): HandlerTable {
  const { driveFor } = scope;
  const nodeOf = (req: EmuRequest, kind: "file" | "folder") => {
    const drive = driveFor(req);
    return { drive, node: mustFind(drive, String(req.params[`${kind}_id`]), kind) };
  };
  /** Replaces (`set`) or merges the permissions of the node; an empty body is `[]` (see the spec). */
  const apply = (req: EmuRequest, kind: "file" | "folder", replace: boolean) => {
    const { node } = nodeOf(req, kind);
    applyPermissions(node, (req.json ?? []) as never, replace);
    return permissions(node);
  };
  const serviceLinks = (req: EmuRequest, ctx: EmuContext, kind: "file" | "folder"): Schema<"ServiceLinks"> => {
    const { drive, node } = nodeOf(req, kind);
    const ids = new Set(node.kind === "file" ? [node.id] : descendantsOf(drive, node.id).map((n) => n.id));
    const objects = [...drive.links.values()].filter((l) => ids.has(l.fileId)).map((l) => linkJson(ctx.baseUrl, l));
    return { objects };
  };
  return {
    "storage.files.listPermissions": (req, _ctx, reply) => reply(200, permissions(nodeOf(req, "file").node)),
    "storage.files.setPermissions": (req, _ctx, reply) => reply(200, apply(req, "file", true)),
    "storage.files.updatePermissions": (req, _ctx, reply) => reply(200, apply(req, "file", false)),
    "storage.files.listServiceLinks": (req, ctx, reply) => reply(200, serviceLinks(req, ctx, "file")),
    "storage.folders.listPermissions": (req, _ctx, reply) => reply(200, permissions(nodeOf(req, "folder").node)),
    "storage.folders.setPermissions": (req, _ctx, reply) => reply(200, apply(req, "folder", true)),
    "storage.folders.updatePermissions": (req, _ctx, reply) => reply(200, apply(req, "folder", false)),
    "storage.folders.listServiceLinks": (req, ctx, reply) => reply(200, serviceLinks(req, ctx, "folder")),
  };
}
