// expect-error: is not assignable to type 'string'
import { Account } from "../../../src/index.ts";

const account = new Account({ token: "token" });
await account.storage.folders.create({ json: { name: 42, parent_id: "root" } });
