// Typed path verbs: the path is a spec template, and what fills it, the query and the body are
// the operation's. Each marked line must fail with the message its comment names.
import { Account, Client } from "../../../src/index.ts";

const account = new Account({ token: "token" });
const client = new Client({ apiKey: "key" });

// A misspelled path names the path.
// expect-error: Argument of type '"storage/folderz/{folder_id}/contents"' is not assignable to parameter of type 'AccountPath<"get"> | undefined'
await account.get("storage/folderz/{folder_id}/contents", { path: { folder_id: "root" } });

// A concrete ID in place of a placeholder is no template: ids go in `path`.
// expect-error: Argument of type '"storage/files/file_1"' is not assignable to parameter
await account.get("storage/files/file_1");

// An empty ID (`storage/files//links`) is no template either.
// expect-error: Argument of type '"storage/files//links"' is not assignable to parameter
await account.get("storage/files//links");

// A template whose placeholder is left unfilled: the options with `path` are required.
// expect-error: Expected 2 arguments, but got 1.
await account.get("storage/files/{file_id}");

// A missing path parameter names it.
// expect-error: Property 'file_id' is missing
await account.get("storage/files/{file_id}", { path: {} });

// One of two path parameters missing.
// expect-error: Property 'event_id' is missing
await account.get("cal/calendars/{calendar_id}/events/{event_id}", { path: { calendar_id: "primary" } });

// A misspelled path parameter.
// expect-error: 'fileId' does not exist
await account.get("storage/files/{file_id}", { path: { fileId: "file_1" } });

// A path parameter of the wrong type.
// expect-error: Type 'boolean' is not assignable to type 'string'
await account.get("storage/files/{file_id}", { path: { file_id: true } });

// The account's own ID is bound: an Account's paths have no `{account_id}`.
// expect-error: 'account_id' does not exist
await account.get("storage/files/{file_id}", { path: { file_id: "f", account_id: "me" } });

// A verb the path has no operation for.
// expect-error: Argument of type '"storage/quota"' is not assignable to parameter of type 'AccountPath<"post">'
await account.post("storage/quota");

// A required query parameter (`q` of storage.search) left out: the options are required...
// expect-error: Expected 2 arguments, but got 1.
await account.get("storage/search");

// ...and so is `params`, with `q` in it.
// expect-error: Property 'q' is missing
await account.get("storage/search", { params: {} });

// An unknown query parameter.
// expect-error: 'page_sise' does not exist
await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" }, params: { page_sise: 5 } });

// A query parameter of the wrong type.
// expect-error: Type 'string' is not assignable to type 'number'
await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" }, params: { page_size: "5" } });

// Query parameters on an operation that takes none.
// expect-error: Type 'number' is not assignable to type 'never'
await account.get("storage/quota", { params: { page: 1 } });

// A misspelled body field names it.
// expect-error: 'nmae' does not exist
await account.patch("storage/folders/{folder_id}", { path: { folder_id: "f" }, json: { nmae: "Reports" } });

// A body field of the wrong type.
// expect-error: Type 'number' is not assignable to type 'string'
await account.patch("storage/folders/{folder_id}", { path: { folder_id: "f" }, json: { name: 42 } });

// A required JSON body left out.
// expect-error: Expected 2 arguments, but got 1.
await account.post("storage/folders");

// A required body field left out.
// expect-error: Property 'name' is missing
await account.post("storage/folders", { json: {} });

// Client paths are relative to the API root: `{account_id}` is one of their placeholders.
// expect-error: Property 'account_id' is missing
await client.get("accounts/{account_id}/storage/files/{file_id}", { path: { file_id: "f" } });

// A client path that does not exist.
// expect-error: Argument of type '"meta/application"' is not assignable to parameter of type 'ClientPath<"get">'
await client.get("meta/application");

// The result is the operation's: a file's name is a string.
// expect-error: Type 'string' is not assignable to type 'number'
const nameAsNumber: number = (await account.get("storage/files/{file_id}", { path: { file_id: "f" } })).data.name;

// A Resource is not a list: nothing to iterate.
// expect-error: Symbol.asyncIterator
for await (const item of await account.get("storage/quota")) console.log(item);

export { nameAsNumber };
