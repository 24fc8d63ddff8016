/**
 * The error classes added for 409 and 501, over real HTTP: a 501 is never retried and names the
 * operation, a 409 names the conflicting resource (the class of each status: errors.test.ts).
 */
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { Account, Conflict, NotImplemented, ServerError } from "../../src/index.ts";
import { apiError, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;
beforeAll(async () => {
  lb = await startLoopback();
});
beforeEach(() => lb.reset());
afterAll(() => lb.close());

function account(): Account {
  return new Account({ token: "tok", baseUrl: lb.url, maxRetries: 2, timeout: 5_000 });
}

it("a 501 on a GET is not retried and its message names the operation", async () => {
  lb.on("GET", /thumbnail$/, apiError(501, "not_implemented", "Thumbnails are not available for this service"));
  const error = await account()
    .storage.files.thumbnail("f1")
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(NotImplemented);
  expect(error).not.toBeInstanceOf(ServerError);
  expect(lb.requests).toHaveLength(1);
  expect((error as Error).message).toContain("GET /v1/accounts/me/storage/files/f1/thumbnail is not supported");
  expect((error as Error).message).toContain("Thumbnails are not available for this service");
});

it("a 503 on a GET is still retried (ServerError)", async () => {
  lb.on("GET", /.*/, (_req, call) => (call < 2 ? apiError(503, "unavailable", "busy") : { json: { id: "q" } }));
  await account().get("storage/quota");
  expect(lb.requests).toHaveLength(2);
});

it("a 409 carries the conflicting resource's id", async () => {
  lb.on("POST", /.*/, {
    status: 409,
    json: { error_code: "conflict", message: "exists", conflicting_resource_id: "Fabc" },
  });
  const error = await account()
    .storage.folders.create({ json: { name: "dup", parent_id: "root" } })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(Conflict);
  expect((error as Conflict).conflictingResourceId).toBe("Fabc");
});
