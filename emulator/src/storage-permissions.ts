/**
 * Sharing of files and folders: the permission lists (`listPermissions`, `setPermissions`,
 * `updatePermissions`, where the owner's entry cannot change) and the links reaching an item
 * (`listServiceLinks`).
 */
import { EmuError } from "./errors.ts";
import { untypedHandlers } from "./replies.ts";
import type { StorageScope } from "./storage-common.ts";
import { descendantsOf, mustFind, type StorageNode } from "./storage-tree.ts";
import { linkJson } from "./storage-views.ts";
import type { EmuReply, EmuRequest, HandlerTable } from "./types.ts";

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

/** Creates the permission and service-link handlers of files or folders. */
export function createPermissionHandlers(scope: StorageScope, kind: "file" | "folder"): HandlerTable {
  const { driveFor } = scope;
  const group = kind === "file" ? "files" : "folders";
  const nodeOf = (req: EmuRequest) => {
    const drive = driveFor(req);
    return { drive, node: mustFind(drive, String(req.params[`${kind}_id`]), kind) };
  };
  return untypedHandlers({
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
  });
}
