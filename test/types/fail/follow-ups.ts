// Follow-up calls take what their operation takes.
import { Account } from "../../../src/index.ts";

const account = new Account({ token: "token" });
const file = await account.storage.files.retrieve("file_1");

// A copy needs its destination: the options are required.
// expect-error: Expected 1 arguments, but got 0.
await file.copy();

// A misspelled field of the update body.
// expect-error: 'nmae' does not exist
await file.update({ json: { nmae: "x" } });

// The result is the operation's: a file's name is a string.
// expect-error: Type 'string' is not assignable to type 'number'
const n: number = (await file.retrieve()).data.name;

// A folder has no properties call.
const folder = await account.storage.folders.retrieve("root");
// expect-error: Property 'properties' does not exist
await folder.properties();

// Other resources have no named calls (their verbs stay).
const link = await account.storage.links.retrieve("link_1");
// expect-error: Property 'copy' does not exist
await link.copy();

export { n };
