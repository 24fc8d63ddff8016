// expect-error: Symbol.asyncIterator
import { Account } from "../../../src/index.ts";

const account = new Account({ token: "token" });
for await (const item of await account.storage.quota()) console.log(item);
