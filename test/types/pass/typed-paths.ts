// Typed path calls: spec templates compile, `path` fills their placeholders, `params` and `json`
// are the operation's, and the result is typed from the spec.
import { Account, Client, type Resource, type ResourceList, type Response } from "../../../src/index.ts";

const account = new Account({ token: "token" });

const contents = await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
const firstName: string | undefined = contents.objects[0]?.data.name;
const list: ResourceList<unknown, unknown> = contents;

const fileId: string = "file_1";
const download = await account.get("storage/files/{file_id}/contents", { path: { file_id: fileId } });
const stream: ReadableStream<Uint8Array> | null = download.body;

const file = await account.get("storage/files/{file_id}", { path: { file_id: fileId } });
const size: number | null | undefined = file.data.size;
// A File's required fields are required in its type.
const name: string = file.data.name;
const id: string = file.data.id;

const primary = await account.get("cal/calendars/{calendar_id}", { path: { calendar_id: "primary" } });
const calendarName: string = primary.data.name;

const events = await account.get("cal/calendars/{calendar_id}/events", {
  path: { calendar_id: "primary" },
  params: { page_size: 5 },
});
for (const event of events) event.data.start satisfies string | undefined;
for await (const page of events.pages()) page.objects[0]?.data.end satisfies string | undefined;

// A required query parameter, given.
const found = await account.get("storage/search", { params: { q: "report", lang: "keyword" } });
for await (const item of found) item.data.type satisfies "file" | "folder";

// `parent_id` has a default: a folder needs only its name.
const folder = await account.post("storage/folders", { json: { name: "New" } });
const created: Resource<unknown> = folder;
await account.patch("storage/folders/{folder_id}", { path: { folder_id: folder.data.id }, json: { name: "Renamed" } });
await account.delete("storage/folders/{folder_id}", {
  path: { folder_id: folder.data.id },
  params: { recursive: true },
});

const latest = await account.get("events/latest");
latest.data.cursor;

// The account itself: no path, or "".
const me = await account.get();
me.data.id;
const meV2 = await account.get("", { apiVersion: 2 });
meV2.data.id;
await account.patch("", { json: {} });

const client = new Client({ apiKey: "key" });
const accounts = await client.get("accounts");
accounts.objects.map((a) => a.data.service);
const apps = await client.get("meta/applications");
apps.objects;
const app = await client.get("meta/applications/{application_id}", { path: { application_id: "app_1" } });
app.data.id;
const onClient = await client.get("accounts/{account_id}/storage/files/{file_id}", {
  path: { account_id: "42", file_id: "file_1" },
});
onClient.data.name satisfies string;

// Generated methods.
const retrieved = await account.storage.files.retrieve("file_1");
retrieved.data.name satisfies string;
const downloaded: Response = await account.storage.files.download("file_1");
const folderContents = await account.storage.folders.listContents("root", { params: { page_size: 10 } });
for (const item of folderContents) {
  // Items are files or folders, told apart by `type`.
  if (item.data.type === "file") item.data.mime_type satisfies string | null | undefined;
}
const calendars = await account.calendar.calendars.list();
calendars.objects[0]?.data.name;
await account.storage.folders.create({ json: { name: "Reports" } });
await account.storage.links.create({ json: { file_id: "file_1" } });
await account.storage.search({ params: { q: "report" } });
await client.accounts.retrieve(123);
await client.meta.applications.list({ params: { page_size: 5 } });

// The escape hatch takes any path.
await account.request("GET", "some/undocumented/endpoint");

export { calendarName, created, downloaded, firstName, id, list, name, size, stream };
