// expect-error: is not assignable to type 'number'
import { Account } from "../../../src/index.ts";

const account = new Account({ token: "token" });
await account.storage.folders.listContents("root", { params: { page_size: "ten" } });
