// The openapi-fetch client of kloudless/openapi-fetch: paths, path parameters, bodies and
// results are typed by the spec.
import { Account, Client } from "../../../src/index.ts";
import { createFetchClient, type KloudlessFetchClient } from "../../../src/openapi-fetch/index.ts";

const api: KloudlessFetchClient = createFetchClient(new Account({ token: "token" }));

const file = await api.GET("/accounts/{account_id}/storage/files/{file_id}", {
  params: { path: { account_id: "me", file_id: "f1" } },
});
const name: string | undefined = file.data?.name;

const folder = await api.POST("/accounts/{account_id}/storage/folders", {
  params: { path: { account_id: "me" } },
  body: { parent_id: "root", name: "reports" },
});
const folderId: string | undefined = folder.data?.id;

const management = createFetchClient(new Client({ apiKey: "key" }));
await management.GET("/accounts", {});

// Every client owns the same openapi-fetch client as `api`, with its middleware.
const account = new Account({ token: "token" });
account.api.use({
  onRequest({ request }) {
    request.headers.set("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
  },
});
const quota = await account.api.GET("/accounts/{account_id}/storage/quota", { params: { path: { account_id: "me" } } });
const quotaData: unknown = quota.data;

export { folderId, name, quotaData };
