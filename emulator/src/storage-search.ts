/**
 * The storage lists across a drive (or several accounts' drives at once): name search and
 * recently modified files, both paged by page number.
 */
import { pageNumberList } from "./core.ts";
import { args, DEFAULT_LIST_PAGE_SIZE, type StorageScope } from "./storage-common.ts";
import { descendantsOf, mustFind } from "./storage-tree.ts";
import { fileJson, nodeJson } from "./storage-views.ts";
import type { HandlerTable } from "./types.ts";

/** Creates the `storage.search` and `storage.recent` handlers. */
export function createSearchHandlers(scope: StorageScope): HandlerTable {
  const { drivesFor } = scope;
  return {
    /** Decision: every `lang` is a case-insensitive name search; `parents` limits it to those folders' subtrees. */
    "storage.search": (req, ctx, reply) => {
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
      return reply(
        200,
        pageNumberList(objects, Number(a.page ?? 1), Number(a.page_size ?? DEFAULT_LIST_PAGE_SIZE), "storage"),
      );
    },

    "storage.recent": (req, ctx, reply) => {
      const a = args(req);
      const after = typeof a.after === "string" ? Date.parse(a.after) : Number.NEGATIVE_INFINITY;
      const files = drivesFor(req)
        .flatMap((drive) =>
          [...drive.nodes.values()]
            .filter((n) => n.kind === "file" && Date.parse(n.modified) > after)
            .map((n) => ({ drive, n })),
        )
        .sort((x, y) => y.n.modified.localeCompare(x.n.modified));
      const objects = files.map(({ drive, n }) => fileJson(ctx.baseUrl, drive, n, req.rawData));
      return reply(
        200,
        pageNumberList(objects, Number(a.page ?? 1), Number(a.page_size ?? DEFAULT_LIST_PAGE_SIZE), "storage"),
      );
    },
  };
}
