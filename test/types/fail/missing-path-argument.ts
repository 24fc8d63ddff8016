// expect-error: Expected 1-2 arguments
import { Account } from "../../../src/index.ts";

const account = new Account({ token: "token" });
await account.storage.files.retrieve();
