// Follow-up calls on results are typed by what the result is: a File's and a Folder's own calls
// take and return what the matching operation does, on retrieved resources and on list items.
import { Account, type Resource, type ResourceList, type Response } from "../../../src/index.ts";

const account = new Account({ token: "token" });

const file = await account.storage.files.retrieve("file_1");
const again = await file.retrieve();
again.data.name satisfies string;
const renamed = await file.update({ json: { name: "renamed.txt" } });
renamed.data.id satisfies string;
const copy = await file.copy({ json: { parent_id: "root", name: "copy.txt" } });
// A copy answers the new file, or a task when asked to run in the background.
copy.data.type satisfies "file" | "task" | undefined;
const links = await file.links();
for await (const link of links) link.data satisfies object;
const permissions = await file.permissions();
permissions.data.permissions[0]?.role satisfies string | undefined;
const properties = await file.properties();
properties.data.properties[0]?.key satisfies string | undefined;
const deleted: Response = await file.delete();

// Chains stay typed: the renamed file's own calls are a File's.
const chained = await (await file.update({ json: { name: "a.txt" } })).update({ json: { name: "b.txt" } });
chained.data.type satisfies "file";

const folder = await account.storage.folders.create({ json: { name: "Reports" } });
const moved = await folder.update({ json: { parent_id: "root" } });
moved.data.type satisfies "folder";
await folder.delete({ params: { recursive: true } });

// List items are typed resources with their calls.
const contents = await account.storage.folders.listContents("root");
for await (const item of contents) {
  const fresh = await item.retrieve();
  fresh.data.type satisfies "file" | "folder";
}

// The verbs stay, untyped, for the rest.
const raw = await file.get("contents");
raw satisfies unknown;
const list: ResourceList<unknown, unknown> = contents;
const resource: Resource<unknown> = file;

export { deleted, list, resource };
