// Generated methods: path parameters positional, then options typed by the operation; options
// are required where the spec requires a query parameter or a JSON body.
import { Account, Client } from "../../../src/index.ts";

const account = new Account({ token: "token" });
const client = new Client({ apiKey: "key" });

// A missing path argument.
// expect-error: Expected 1-2 arguments, but got 0.
await account.storage.files.retrieve();

// A required body: `folders.create()` cannot be called without its options.
// expect-error: Expected 1 arguments, but got 0.
await account.storage.folders.create();

// A required query: `storage.search()` needs `q`.
// expect-error: Expected 1 arguments, but got 0.
await account.storage.search();

// expect-error: Property 'q' is missing
await account.storage.search({ params: { lang: "keyword" } });

// A required body field (`name`) left out; `parent_id` has a default, so it may be.
// expect-error: Property 'name' is missing
await account.storage.folders.create({ json: { parent_id: "root" } });

// A required body field of a link (`file_id`) left out; `active` has a default, so it may be.
// expect-error: Property 'file_id' is missing
await account.storage.links.create({ json: { direct: true } });

// A body field of the wrong type.
// expect-error: Type 'number' is not assignable to type 'string'
await account.storage.folders.create({ json: { name: 42 } });

// A misspelled body field.
// expect-error: 'parentId' does not exist
await account.storage.files.update("file_1", { json: { parentId: "root" } });

// A query parameter of the wrong type.
// expect-error: Type 'string' is not assignable to type 'number'
await account.storage.folders.listContents("root", { params: { page_size: "ten" } });

// An unknown query parameter.
// expect-error: 'recursve' does not exist
await account.storage.folders.listContents("root", { params: { recursve: true } });

// A value outside an enum.
// expect-error: Type '"fuzzy"' is not assignable to type
await account.storage.search({ params: { q: "report", lang: "fuzzy" } });

// On a Client, account-scoped methods take the account ID first.
// expect-error: Expected 2-3 arguments, but got 1.
await client.storage.files.retrieve("file_1");

// A method that does not exist.
// expect-error: Property 'retreive' does not exist
await account.storage.files.retreive("file_1");
