/**
 * The custom retry rule of docs/middleware.md, over real HTTP: a GET answered 423 is asked again
 * from `onError`, and the answer of the retry becomes the call's result, wrapped by its result kind.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { Account, type Account as AccountType, APIError, type ApiMiddleware, Resource } from "../../src/index.ts";
import { json, type Loopback, startLoopback } from "../helpers/loopback.ts";

/** The middleware of docs/middleware.md ("A custom retry rule"). */
function retryLocked(account: AccountType, times = 3, delayMs = 20): ApiMiddleware {
  return {
    async onError({ error, request }) {
      if (!(error instanceof APIError) || error.status !== 423 || request.method !== "GET") return undefined;
      const root = `${account.baseUrl}/v${account.apiVersion}`;
      for (let attempt = 1; ; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        // A call on `api` itself answers an error status as `{ error, response }` (body read).
        const { response, error: body } = await account.api.request(
          "get",
          request.url.slice(root.length) as never,
          {
            parseAs: "stream",
          } as never,
        );
        if (response.ok) return response;
        if (response.status !== 423 || attempt === times) {
          return new Response(JSON.stringify(body ?? {}), { status: response.status, headers: response.headers });
        }
      }
    },
  };
}

let lb: Loopback;
beforeEach(async () => {
  lb = await startLoopback();
});
afterEach(() => lb.close());

it("a GET answered 423 twice is asked again from onError and resolves to the operation's wrapper", async () => {
  lb.on("GET", "/v1/accounts/me/storage/files/f1", (_req, call) =>
    call <= 2 ? { status: 423, json: { error_code: "locked", message: "busy" } } : json({ id: "f1", type: "file" }),
  );
  const account = new Account({ token: "tok", baseUrl: lb.url, maxRetries: 0 });
  account.api.use(retryLocked(account));
  const file = await account.storage.files.retrieve("f1");
  expect(file).toBeInstanceOf(Resource);
  expect(file.data.id).toBe("f1");
  expect(lb.requests).toHaveLength(3);
  expect(lb.requests.every((request) => request.headers.authorization === "Bearer tok")).toBe(true);
});

it("gives up after its own count with the typed error", async () => {
  lb.on("GET", /.*/, { status: 423, json: { error_code: "locked", message: "busy" } });
  const account = new Account({ token: "tok", baseUrl: lb.url, maxRetries: 0 });
  account.api.use(retryLocked(account, 2));
  const error = await account.storage.files.retrieve("f1").catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(APIError);
  expect((error as APIError).status).toBe(423);
  expect(lb.requests).toHaveLength(3);
});
