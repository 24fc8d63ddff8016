// expect-error: file_id
import { Account } from "../../../src/index.ts";
import { createFetchClient } from "../../../src/openapi-fetch/index.ts";

const api = createFetchClient(new Account({ token: "token" }));
await api.GET("/accounts/{account_id}/storage/files/{file_id}", { params: { path: { account_id: "me" } } });
