// Emulator handlers cannot answer what their operation does not declare.
import type { HandlerTable, Schema } from "../../../emulator/src/replies.ts";

declare const file: Schema<"File">;

export const undeclaredProperty: HandlerTable = {
  // expect-error: Object literal may only specify known properties, and 'free' does not exist
  "storage.quota": (_req, _ctx, reply) => reply(200, { total: 10, used: 1, free: 9 }),
};

export const wrongType: HandlerTable = {
  // expect-error: Type 'string' is not assignable to type 'number'
  "storage.quota": (_req, _ctx, reply) => reply(200, { total: "10 GB", used: 1 }),
};

export const undeclaredStatus: HandlerTable = {
  // expect-error: Argument of type '201' is not assignable to parameter of type '200'
  "storage.files.retrieve": (_req, _ctx, reply) => reply(201, file),
};

export const bodyOnNoContent: HandlerTable = {
  // expect-error: Argument of type '204' is not assignable to parameter of type 'never'
  "storage.files.delete": (_req, _ctx, reply) => reply(204, {}),
};

export const emptyOnJson: HandlerTable = {
  // expect-error: Argument of type '200' is not assignable to parameter of type 'never'
  "storage.files.retrieve": (_req, _ctx, reply) => reply.empty(200),
};

export const jsonForBinary: HandlerTable = {
  // expect-error: Argument of type '200' is not assignable to parameter of type 'never'
  "storage.files.download": (_req, _ctx, reply) => reply(200, file),
};

export const handMadeReply: HandlerTable = {
  // expect-error: is not assignable to type 'Handler<"storage.quota">'
  "storage.quota": () => ({ status: 200, json: { total: 10, used: 1, free: 9 } }),
};

export const handMadeError: HandlerTable = {
  // expect-error: is not assignable to type 'Handler<"storage.files.retrieve">'
  "storage.files.retrieve": () => ({ status: 404, json: { error_code: "not_found", message: "gone" } }),
};

export const unknownOperation: HandlerTable = {
  // expect-error: Object literal may only specify known properties, and '"storage.files.frobnicate"' does not exist
  "storage.files.frobnicate": (_req, _ctx, reply) => reply(200, file),
};

export const calendarWrongType: HandlerTable = {
  // expect-error: Type 'number' is not assignable to type 'string'
  "calendar.events.retrieve": (_req, _ctx, reply) => reply(200, { id: 7 }),
};

export const crmUndeclaredStatus: HandlerTable = {
  // expect-error: Argument of type '200' is not assignable to parameter of type '201'
  "crm.contacts.create": (_req, _ctx, reply) => reply(200, { id: "003000000000001" }),
};

export const meetingsUndeclaredProperty: HandlerTable = {
  // expect-error: Object literal may only specify known properties, and 'slots' does not exist
  "meetings.windows.listTimeSlots": (_req, _ctx, reply) => reply(200, { time_slots: [], slots: [] }),
};
