// expect-error: is not assignable to parameter
import { Account } from "../../../src/index.ts";

const account = new Account({ token: "token" });
await account.get("storage/folderz/root/contents");
