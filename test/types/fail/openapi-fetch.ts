// `client.api`, the openapi-fetch client, is typed by the same spec.
import { Account } from "../../../src/index.ts";

const api = new Account({ token: "token" }).api;

// expect-error: file_id
await api.GET("/accounts/{account_id}/storage/files/{file_id}", { params: { path: { account_id: "me" } } });

// expect-error: Argument of type '"/accounts/{account_id}/storage/filez"' is not assignable
await api.GET("/accounts/{account_id}/storage/filez", { params: { path: { account_id: "me" } } });
