// Typed path calls: spec paths compile, concrete ids fill template positions, and the
// result is typed from the spec.
import { Account, Client, type Resource, type ResourceList, type Response } from "../../../src/index.ts";

const account = new Account({ token: "token" });

const contents = await account.get("storage/folders/root/contents");
const firstName: string | undefined = contents.objects[0]?.data.name;
const list: ResourceList<unknown, unknown> = contents;

const fileId: string = "file_1";
const download = await account.get(`storage/files/${fileId}/contents`);
const stream: ReadableStream<Uint8Array> | null = download.body;

const file = await account.get(`storage/files/${fileId}`);
const size: number | null | undefined = file.data.size;

const primary = await account.get("cal/calendars/primary");
const calendarName: string = primary.data.name;

const events = await account.get("cal/calendars/primary/events?page_size=5");
for (const event of events) event.data.start satisfies string | undefined;

const folder = await account.post("storage/folders", { json: { name: "New", parent_id: "root" } });
const created: Resource<unknown> = folder;

const latest = await account.get("events/latest");
latest.data.cursor;

const me = await account.get();
me.data.id;

const client = new Client({ apiKey: "key" });
const accounts = await client.get("accounts");
accounts.objects.map((a) => a.data.service);
const apps = await client.get("meta/applications");
apps.objects;

// Generated methods.
const retrieved = await account.storage.files.retrieve("file_1");
retrieved.data.name satisfies string;
const downloaded: Response = await account.storage.files.download("file_1");
const folderContents = await account.storage.folders.listContents("root", { params: { page_size: 10 } });
folderContents.objects;
const calendars = await account.calendar.calendars.list();
calendars.objects[0]?.data.name;
await client.accounts.retrieve(123);
await client.meta.applications.list({ params: { page_size: 5 } });

// The escape hatch takes any path.
await account.request("GET", "some/undocumented/endpoint");

export { calendarName, created, downloaded, firstName, list, size, stream };
