/**
 * Kloudless links to files: the `storage.links.*` handlers, and the link URLs themselves
 * (`/l/<token>`), served by the emulator so a test can follow a link it created.
 */
import { Buffer } from "node:buffer";
import { pageNumberList } from "./core.ts";
import { EmuError } from "./errors.ts";
import { type EmulatorState, randomToken } from "./state.ts";
import { args, body, DEFAULT_LIST_PAGE_SIZE, type StorageScope } from "./storage-common.ts";
import { areaOf, type Drive, type LinkRecord, lookup, type StorageNode, sizeOf, stamp } from "./storage-tree.ts";
import { download, linkJson } from "./storage-views.ts";
import type { EmuReply, EmuRequest, HandlerTable } from "./types.ts";

/** The fields of a new link (`storage.links.create`'s body, a copy's `link_options`). */
export interface LinkInput {
  direct?: boolean;
  password?: string;
  expiration?: string | null;
  active?: boolean;
}

/** A new Kloudless link to `file`, with the fields of `input` (`storage.links.create`'s body). */
export function addLink(drive: Drive, file: StorageNode, input: LinkInput): LinkRecord {
  const time = stamp();
  const link: LinkRecord = {
    id: `link_${randomToken(9)}`,
    token: randomToken(12),
    fileId: file.id,
    accountId: drive.account.id,
    active: input.active ?? true,
    direct: input.direct ?? false,
    expiration: input.expiration ?? null,
    password: input.password ?? null,
    created: time,
    modified: time,
  };
  drive.links.set(link.id, link);
  return link;
}

/** Creates the `storage.links.*` handlers. */
export function createLinkHandlers(scope: StorageScope): HandlerTable {
  const { driveFor, drivesFor } = scope;

  function linkFor(req: EmuRequest): { drive: Drive; link: LinkRecord } {
    const drive = driveFor(req);
    const link = drive.links.get(String(req.params.link_id));
    if (!link) throw new EmuError(404, "not_found", `Link not found: ${req.params.link_id}`);
    return { drive, link };
  }

  return {
    "storage.links.list": (req, ctx, reply) => {
      const a = args(req);
      let links = drivesFor(req).flatMap((d) => [...d.links.values()]);
      if (a.active !== undefined) links = links.filter((l) => l.active === a.active);
      if (typeof a.ordering === "string") {
        const desc = a.ordering.startsWith("-");
        const field = a.ordering.replace(/^-/, "") as keyof LinkRecord;
        links.sort((x, y) => String(x[field] ?? "").localeCompare(String(y[field] ?? "")) * (desc ? -1 : 1));
      }
      const objects = links.map((l) => linkJson(ctx.baseUrl, l));
      return reply(
        200,
        pageNumberList(objects, Number(a.page ?? 1), Number(a.page_size ?? DEFAULT_LIST_PAGE_SIZE), "storage"),
      );
    },

    "storage.links.create": (req, ctx, reply) => {
      const drive = driveFor(req);
      const input = body(req) as unknown as LinkInput & { file_id: string };
      const file = lookup(drive, input.file_id, "file");
      if (!file) throw new EmuError(400, "invalid_parameters", `file_id: file not found: ${input.file_id}`);
      return reply(201, linkJson(ctx.baseUrl, addLink(drive, file, input)));
    },

    "storage.links.retrieve": (req, ctx, reply) => {
      const { link } = linkFor(req);
      const active = args(req).active;
      if (active !== undefined && link.active !== active)
        throw new EmuError(404, "not_found", `Link not found: ${link.id}`);
      return reply(200, linkJson(ctx.baseUrl, link));
    },

    "storage.links.update": (req, ctx, reply) => {
      const { link } = linkFor(req);
      const input = body(req);
      if (typeof input.active === "boolean") link.active = input.active;
      if (typeof input.direct === "boolean") link.direct = input.direct;
      if (input.expiration !== undefined) link.expiration = input.expiration as string | null;
      if (input.password !== undefined) link.password = input.password as string | null;
      link.modified = stamp();
      return reply(200, linkJson(ctx.baseUrl, link));
    },

    "storage.links.delete": (req, _ctx, reply) => {
      const { drive, link } = linkFor(req);
      drive.links.delete(link.id);
      return reply.empty(204);
    },
  };
}

/**
 * Serves a share link URL (`/l/<token>`): the file's bytes for direct links, else a small
 * landing page linking to `?download=1`. Inactive or expired links are 404, a wrong or missing
 * `password` query parameter is 403.
 */
export function serveLink(state: EmulatorState, token: string, query: URLSearchParams): EmuReply {
  for (const drive of areaOf(state).drives.values()) {
    for (const link of drive.links.values()) {
      if (link.token !== token) continue;
      const expired = link.expiration !== null && Date.parse(link.expiration) <= Date.now();
      const file = drive.nodes.get(link.fileId);
      if (!link.active || expired || !file) break;
      if (link.password !== null && query.get("password") !== link.password) {
        return {
          status: 403,
          body: Buffer.from("Password required"),
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        };
      }
      if (link.direct || query.get("download") === "1") {
        return { status: 200, ...download(state, file) };
      }
      const name = file.name.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      const html = `<!doctype html><title>${name}</title><h1>${name}</h1><p><a href="?download=1">Download</a> (${sizeOf(file)} bytes)</p>`;
      return { status: 200, body: Buffer.from(html), headers: { "Content-Type": "text/html; charset=utf-8" } };
    }
  }
  return { status: 404, body: Buffer.from("Link not found"), headers: { "Content-Type": "text/plain; charset=utf-8" } };
}
