// Emulator handlers typed by operation: a declared status with its spec body, an error from the
// error helper, a raw body where the spec declares binary content, no body on a 204.
import { Readable } from "node:stream";
import type { HandlerTable, Schema } from "../../../emulator/src/replies.ts";

declare const file: Schema<"File">;
declare const event: Schema<"CalendarEvent">;
declare const contact: Schema<"CrmObject">;

export const handlers: HandlerTable = {
  "storage.files.retrieve": (req, ctx, reply) =>
    req.params.file_id === "gone" ? ctx.error(404, "not_found", "No such file.") : reply(200, file),
  "storage.files.upload": async (_req, _ctx, reply) => reply(201, { ...file, name: "a.txt" }),
  "storage.files.download": (_req, _ctx, reply) => reply.binary(200, Readable.from([Buffer.from("bytes")])),
  "storage.files.thumbnail": (_req, _ctx, reply) => reply.binary(200, Buffer.alloc(0), { "Content-Type": "image/png" }),
  "storage.files.delete": (_req, _ctx, reply) => reply.empty(204),
  "storage.quota": (_req, _ctx, reply) => reply(200, { total: 10, used: 1, api: "storage", type: "quota" }),
  "calendar.events.create": (_req, _ctx, reply) => reply(201, { ...event, name: "Standup" }),
  "crm.contacts.retrieve": (_req, _ctx, reply) => reply(200, contact),
  "crm.contacts.delete": (_req, _ctx, reply) => reply.empty(204),
  // A finished task answers the body of the operation that started it.
  "tasks.retrieve": (_req, _ctx, reply) => reply(200, file),
  "meetings.windows.listTimeSlots": (_req, _ctx, reply) => reply(200, { time_slots: [], next_page: null }),
};
