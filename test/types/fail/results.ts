// Results are typed by the operation: resources, list items and pages.
import { Account } from "../../../src/index.ts";

const account = new Account({ token: "token" });

const file = await account.storage.files.retrieve("file_1");
// expect-error: Property 'nmae' does not exist
file.data.nmae;

// A field the server sets (`readOnly` in the spec) cannot be assigned.
// expect-error: Cannot assign to 'id' because it is a read-only property.
file.data.id = "file_2";

// A file's size is a number (or null when unknown).
// expect-error: Type 'number | null | undefined' is not assignable to type 'string'
const size: string = file.data.size;

const contents = await account.storage.folders.listContents("root");
// List items are files or folders: a field of files only needs the type checked first.
// expect-error: Property 'mime_type' does not exist on type
contents.objects[0]?.data.mime_type;

// Items of a list of calendars are calendars.
const calendars = await account.calendar.calendars.list();
for await (const calendar of calendars) {
  // expect-error: Property 'mime_type' does not exist
  calendar.data.mime_type;
}

// Pages of a list hold typed items too.
for await (const page of calendars.pages()) {
  // expect-error: Property 'size' does not exist
  page.objects[0]?.data.size;
}

// A download is a Response, not JSON.
const download = await account.storage.files.download("file_1");
// expect-error: Property 'data' does not exist
download.data;

// Quota is a Resource, not a list.
// expect-error: Symbol.asyncIterator
for await (const item of await account.storage.quota()) console.log(item);

export { size };
