/**
 * `kloudless-ts/webhooks` without a server: the signature check (good, bad, wrong key, altered body,
 * malformed base64, every body type), and the receiver core's answers and cursor rules with a
 * scripted events API (the cursor is stored only after `onEvents` resolves; reads of one account
 * never overlap), and `kloudless-ts/node`'s listener mounted in Express.
 */
import { createHmac } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import {
  type CursorStore,
  createWebhookHandler,
  handleWebhook,
  MemoryCursorStore,
  processWebhook,
  signWebhook,
  verifyWebhook,
  type WebhookEvent,
  type WebhookEventsClient,
  type WebhookEventsPage,
  type WebhookHandlerOptions,
} from "../../src/helpers/webhooks.ts";
import { createWebhookListener } from "../../src/node/index.ts";

const KEY = "test-api-key";
const BODY = "account=1001";
const nodeSignature = (body: string, key = KEY) => createHmac("sha256", key).update(body).digest("base64");

describe("verifyWebhook", () => {
  it("accepts Kloudless' signature of the exact body, as text, bytes or an ArrayBuffer", async () => {
    const signature = nodeSignature(BODY);
    expect(await verifyWebhook(BODY, signature, KEY)).toBe(true);
    const bytes = new TextEncoder().encode(BODY);
    expect(await verifyWebhook(bytes, signature, KEY)).toBe(true);
    expect(await verifyWebhook(bytes.buffer.slice(0) as ArrayBuffer, signature, KEY)).toBe(true);
    expect(await verifyWebhook(BODY, signature.replace(/=+$/, ""), KEY)).toBe(true); // unpadded
  });

  it("signWebhook gives the same signature as Node's HMAC", async () => {
    expect(await signWebhook(BODY, KEY)).toBe(nodeSignature(BODY));
    expect(await signWebhook("", KEY)).toBe(nodeSignature(""));
  });

  it("refuses another body's signature, a wrong key and an altered body", async () => {
    expect(await verifyWebhook(BODY, nodeSignature("account=1002"), KEY)).toBe(false);
    expect(await verifyWebhook(BODY, nodeSignature(BODY, "another-key"), KEY)).toBe(false);
    expect(await verifyWebhook("account=1002", nodeSignature(BODY), KEY)).toBe(false);
    expect(await verifyWebhook(`${BODY} `, nodeSignature(BODY), KEY)).toBe(false);
  });

  it("answers false, never throws, for a missing, empty, truncated or non-base64 signature", async () => {
    const good = nodeSignature(BODY);
    for (const signature of [undefined, null, "", "not base64!", "@@@@", good.slice(0, 20), `${good}AAAA`, "a"]) {
      expect(await verifyWebhook(BODY, signature, KEY)).toBe(false);
    }
    expect(await verifyWebhook(BODY, good, "")).toBe(false);
    // base64url is not what Kloudless sends.
    const urlSafe = good.replace(/\+/g, "-").replace(/\//g, "_");
    if (urlSafe !== good) expect(await verifyWebhook(BODY, urlSafe, KEY)).toBe(false);
  });
});

/** A scripted events API: the log of one account, paged by cursor like the live API. */
function fakeEvents(log: WebhookEvent[], pageSize = 2) {
  const calls: string[] = [];
  const page = (cursor: string): WebhookEventsPage => {
    const start = cursor === "after-auth" ? 0 : Number(cursor);
    const objects = log.slice(start, start + pageSize).map((data) => ({ data }));
    const next = String(start + objects.length);
    return {
      objects,
      cursor: next,
      hasNextPage: () => objects.length > 0,
      getNextPage: async () => {
        calls.push(next);
        return page(next);
      },
    };
  };
  const client: WebhookEventsClient = {
    events: {
      list: async (_accountId, options) => {
        calls.push(options.params.cursor);
        return page(options.params.cursor);
      },
    },
  };
  return { client, calls };
}

const event = (n: number): WebhookEvent => ({
  id: `evt_${n}`,
  account: 1,
  type: "add",
  action: "+",
  modified: null,
  ip: null,
  user_id: null,
  metadata: { id: `file_${n}`, name: `file ${n}`, type: "file" },
});

async function signed(body: string, options: WebhookHandlerOptions) {
  return processWebhook(body, nodeSignature(body), options);
}

describe("processWebhook", () => {
  it("answers 401 without or with a bad signature, 400 without an account, 200 with the app ID otherwise", async () => {
    const { client } = fakeEvents([]);
    const options: WebhookHandlerOptions = { apiKey: KEY, appId: "app_1", client, onEvents: () => {} };
    expect((await processWebhook(BODY, undefined, options)).status).toBe(401);
    expect((await processWebhook(BODY, nodeSignature(BODY, "x"), options)).status).toBe(401);
    expect((await signed("foo=bar", options)).status).toBe(400);
    expect(await signed("", options)).toMatchObject({ status: 200, body: "app_1" }); // the test request
    expect(await signed(BODY, options)).toMatchObject({ status: 200, body: "app_1" });
  });

  it("hands every new event to onEvents once, page by page, and stores the cursor after each page", async () => {
    const log = [event(1), event(2), event(3)];
    const { client } = fakeEvents(log);
    const store = new MemoryCursorStore();
    const seen: string[] = [];
    const stored: (string | undefined)[] = [];
    const options: WebhookHandlerOptions = {
      apiKey: KEY,
      client,
      cursorStore: store,
      onEvents: (events, { cursor }) => {
        stored.push(store.get("1001"));
        seen.push(...events.map((e) => `${e.id}@${cursor}`));
      },
    };
    expect((await signed(BODY, options)).status).toBe(200);
    expect(seen).toEqual(["evt_1@2", "evt_2@2", "evt_3@3"]);
    expect(stored).toEqual([undefined, "2"]); // each page's cursor is stored only after onEvents
    expect(store.get("1001")).toBe("3");

    log.push(event(4));
    await signed(BODY, options);
    expect(seen.slice(3)).toEqual(["evt_4@4"]);
    await signed(BODY, options);
    expect(seen).toHaveLength(4);
  });

  it("answers 500 and keeps the cursor when onEvents throws, so the retry gets the same events", async () => {
    const { client } = fakeEvents([event(1)]);
    const store = new MemoryCursorStore();
    let fail = true;
    const seen: string[] = [];
    const errors: unknown[] = [];
    const options: WebhookHandlerOptions = {
      apiKey: KEY,
      client,
      cursorStore: store,
      onError: (error) => errors.push(error),
      onEvents: (events) => {
        if (fail) throw new Error("database down");
        seen.push(...events.map((e) => e.id));
      },
    };
    expect((await signed(BODY, options)).status).toBe(500);
    expect(errors).toHaveLength(1);
    expect(store.get("1001")).toBeUndefined();
    fail = false;
    expect((await signed(BODY, options)).status).toBe(200);
    expect(seen).toEqual(["evt_1"]);
  });

  it("reads one account's events one notification at a time, so concurrent notifications never read twice", async () => {
    const log = [event(1), event(2)];
    const { client, calls } = fakeEvents(log, 10);
    const seen: string[] = [];
    const cursors = new Map<string, string>();
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    const slowStore: CursorStore = {
      get: async (id) => {
        await pause();
        return cursors.get(id);
      },
      set: async (id, cursor) => {
        await pause();
        cursors.set(id, cursor);
      },
    };
    const options: WebhookHandlerOptions = {
      apiKey: KEY,
      client,
      cursorStore: slowStore,
      onEvents: async (events) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        seen.push(...events.map((e) => e.id));
      },
    };
    const answers = await Promise.all([signed(BODY, options), signed(BODY, options), signed(BODY, options)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(seen).toEqual(["evt_1", "evt_2"]);
    // The first read runs; the two notifications that arrive meanwhile share one read after it.
    expect(calls.filter((cursor) => cursor === "after-auth" || cursor === "2")).toEqual(["after-auth", "2", "2"]);
  });

  it("uses the account factory, startCursor and pageSize when given", async () => {
    const lists: unknown[] = [];
    const options: WebhookHandlerOptions = {
      apiKey: KEY,
      startCursor: "42",
      pageSize: 5,
      account: (accountId) => ({
        events: {
          list: async (query) => {
            lists.push({ accountId, ...query.params });
            return { objects: [], cursor: "42", hasNextPage: () => false, getNextPage: () => Promise.reject() };
          },
        },
      }),
      onEvents: () => {},
    };
    expect((await signed(BODY, options)).status).toBe(200);
    expect(lists).toEqual([{ accountId: "1001", cursor: "42", page_size: 5 }]);
  });
});

describe("createWebhookHandler", () => {
  it("refuses options a receiver could not work with", () => {
    const { client } = fakeEvents([]);
    const onEvents = () => {};
    expect(() => createWebhookHandler({ apiKey: "", client, onEvents })).toThrow(/apiKey/);
    expect(() => createWebhookHandler({ apiKey: KEY, onEvents })).toThrow(/client/);
    expect(() => createWebhookListener({ apiKey: KEY, client } as unknown as WebhookHandlerOptions)).toThrow(
      /onEvents/,
    );
  });
});

describe("handleWebhook", () => {
  it("turns a Request into the Response Kloudless expects; GET is 405", async () => {
    const { client } = fakeEvents([]);
    const options: WebhookHandlerOptions = { apiKey: KEY, appId: "app_1", client, onEvents: () => {} };
    const post = (body: string, signature?: string) =>
      handleWebhook(
        new Request("https://receiver.example/hook", {
          method: "POST",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            ...(signature ? { "X-Kloudless-Signature": signature } : {}),
          },
          body,
        }),
        options,
      );
    const ok = await post(BODY, nodeSignature(BODY));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("app_1");
    expect((await post(BODY)).status).toBe(401);
    expect((await post("account=1002", nodeSignature(BODY))).status).toBe(401);
    const get = await handleWebhook(new Request("https://receiver.example/hook"), options);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });
});

describe("createWebhookListener (kloudless/node) in Express", () => {
  it("works mounted directly or behind express.raw(), refuses a body parsed before it, GET and huge bodies", async () => {
    const { client } = fakeEvents([event(1)]);
    const seen: string[] = [];
    const listener = createWebhookListener({
      apiKey: KEY,
      appId: "app_1",
      client,
      onEvents: (events) => {
        seen.push(...events.map((e) => e.id));
      },
    });
    const app = express();
    app.post("/direct", listener);
    app.post("/raw", express.raw({ type: "*/*" }), listener);
    app.post("/parsed", express.urlencoded(), listener);
    app.get("/direct", listener);
    const server: Server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = (path: string, body: string, signature: string | undefined = nodeSignature(body)) =>
      fetch(`${base}${path}`, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          ...(signature ? { "X-Kloudless-Signature": signature } : {}),
        },
        body,
      });
    try {
      const direct = await post("/direct", BODY);
      expect([direct.status, await direct.text()]).toEqual([200, "app_1"]);
      expect((await post("/raw", BODY)).status).toBe(200);
      expect((await post("/raw", "account=1002", nodeSignature(BODY))).status).toBe(401);
      expect((await post("/direct", BODY, "")).status).toBe(401);
      expect((await post("/parsed", BODY)).status).toBe(500); // express.urlencoded() ate the raw body
      expect((await fetch(`${base}/direct`)).status).toBe(405);
      expect((await post("/direct", `account=1&pad=${"x".repeat(70_000)}`)).status).toBe(413);
      expect(seen).toEqual(["evt_1"]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
