/**
 * Every example of the Python SDK's documentation (shared/seed/kloudless-python-sdk-docs.txt),
 * ported to TypeScript and run against the local emulator. Each test quotes the Python it ports;
 * docs/porting-from-python.md maps the calls one by one.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../emulator/src/index.ts";
import {
  Account,
  APIError,
  Client,
  configuration,
  getAuthorizationUrl,
  getTokenFromCode,
  type LogSink,
  logger,
  NotFound,
  Resource,
  ResourceList,
  Response,
  ResponseJson,
  TokenVerificationFailed,
  verifyToken,
} from "../../src/index.ts";

let emu: RunningEmulator;
let storageToken: string;
let calendarToken: string;
let dir: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  const storage = emu.accounts.find((a) => a.apis.includes("storage"));
  const calendar = emu.accounts.find((a) => a.apis.includes("calendar"));
  if (!storage || !calendar) throw new Error("the emulator's demo seed has no storage or no calendar account");
  storageToken = storage.token;
  calendarToken = calendar.token;
  dir = await mkdtemp(join(tmpdir(), "kloudless-seed-"));
});

afterAll(async () => {
  await emu.close();
  await rm(dir, { recursive: true, force: true });
});

/** `Account(token="YOUR_BEARER_TOKEN")` pointed at the emulator (and not retrying, to fail fast). */
function storageAccount(): Account {
  return new Account({ token: storageToken, baseUrl: emu.url, maxRetries: 0 });
}

function calendarAccount(): Account {
  return new Account({ token: calendarToken, baseUrl: emu.url, maxRetries: 0 });
}

type Item = { id: string; name: string; type: string; size?: number | null };

describe("Getting Started", () => {
  it("from kloudless import Account; account = Account(token=...)", () => {
    const account = new Account({ token: storageToken });
    expect(account.url).toBe("https://api.kloudless.com/v1/accounts/me");
  });
});

describe("If Connecting to a Storage Service", () => {
  it("retrieves the root folder contents and prints every resource with get_paging_iterator()", async () => {
    // root_folder_contents = account.get('storage/folders/root/contents')
    // for resource in root_folder_contents.get_paging_iterator(): print(resource.data)
    const account = storageAccount();
    const rootFolderContents = await account.get("storage/folders/{folder_id}/contents", {
      path: { folder_id: "root" },
    });
    expect(rootFolderContents).toBeInstanceOf(ResourceList);
    const names: string[] = [];
    for await (const resource of rootFolderContents.getPagingIterator()) names.push(String(resource.data.name));
    expect(names).toEqual(expect.arrayContaining(["Documents", "readme.md", "data.bin"]));
  });

  it("downloads the first file of the root folder to a local file of the same name", async () => {
    // for resource in root_folder_contents:
    //     if resource.data['type'] == 'file':
    //         response = resource.get('contents'); f.write(response.content); break
    const account = storageAccount();
    const rootFolderContents = await account.get("storage/folders/{folder_id}/contents", {
      path: { folder_id: "root" },
    });
    let written: string | undefined;
    let expectedSize: number | undefined;
    for (const resource of rootFolderContents) {
      const data = resource.data as Item;
      if (data.type === "file") {
        const filename = join(dir, data.name);
        const response = await resource.get("contents");
        expect(response).toBeInstanceOf(Response);
        expect(response).not.toBeInstanceOf(ResponseJson);
        // Streams to disk, never holding the whole file in memory.
        await pipeline(Readable.fromWeb(response.body as NodeWebStream<Uint8Array>), createWriteStream(filename));
        written = filename;
        expectedSize = data.size ?? undefined;
        break;
      }
    }
    expect(written).toBeDefined();
    const { size } = await stat(written!);
    expect(size).toBeGreaterThan(0);
    if (expectedSize !== undefined) expect(size).toBe(expectedSize);
  });

  it("downloads report.json as bytes, not as parsed API JSON", async () => {
    const account = storageAccount();
    const root = await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
    const documents = root.objects.find((r) => r.data.name === "Documents");
    expect(documents).toBeDefined();
    const contents = (await documents!.get("contents")) as ResourceList<Item>;
    const report = contents.objects.find((r) => r.data.name === "report.json");
    expect(report).toBeDefined();
    const download = await report!.get("contents");
    expect(download.headers.get("content-type")).toMatch(/json/);
    expect(download).not.toBeInstanceOf(ResponseJson);
    const text = await download.text();
    expect(JSON.parse(text)).toMatchObject({ title: "Quarterly report" });
  });

  it("uploads a file to the root folder with the X-Kloudless-Metadata header", async () => {
    // headers = {'X-Kloudless-Metadata': json.dumps({'parent_id': 'root', 'name': file_name})}
    // with open(file_name, 'rb') as f: file_resource = account.post('storage/files', data=f, headers=headers)
    const account = storageAccount();
    const fileName = "seed-upload.txt";
    const path = join(dir, fileName);
    await writeFile(path, "uploaded by the TypeScript port\n");
    const headers = { "X-Kloudless-Metadata": JSON.stringify({ parent_id: "root", name: fileName }) };
    const fileResource = await account.post("storage/files", { data: createReadStream(path), headers });
    expect(fileResource).toBeInstanceOf(Resource);
    expect(fileResource.data).toMatchObject({ name: fileName, type: "file" });
    const seen = emu.requests.filter((r) => r.method === "POST" && r.path.endsWith("/storage/files")).at(-1);
    expect(JSON.parse(seen!.headers["x-kloudless-metadata"]!)).toEqual({ parent_id: "root", name: fileName });
    const back = await fileResource.get("contents");
    expect(await back.text()).toBe(await readFile(path, "utf8"));
  });
});

describe("If Connecting to a Calendar Service", () => {
  it("retrieves the primary calendar, pages its events by 5, and creates an event on it", async () => {
    const account = calendarAccount();
    // calendar = account.get('cal/calendars/primary'); print(calendar.data['name'])
    const calendar = await account.get("cal/calendars/{calendar_id}", { path: { calendar_id: "primary" } });
    expect(calendar).toBeInstanceOf(Resource);
    expect(typeof calendar.data.name).toBe("string");

    // events = calendar.get('events?page_size=5'); for e in events: print(name, start, end)
    const events = (await calendar.get("events?page_size=5")) as ResourceList<{
      name: string;
      start: string;
      end: string;
    }>;
    expect(events).toBeInstanceOf(ResourceList);
    const firstPage = [...events].map((e) => `${e.data.name}: ${e.data.start}~${e.data.end}`);
    expect(firstPage).toHaveLength(5);

    // next_page_events = events.get_next_page()
    const nextPageEvents = await events.getNextPage();
    expect(nextPageEvents.objects.length).toBeGreaterThan(0);
    const secondIds = nextPageEvents.objects.map((e) => e.data);
    expect(secondIds).not.toContainEqual(events.objects[0]!.data);
    const lastRequest = emu.requests.at(-1)!;
    expect(lastRequest.path).toMatch(/\/cal\/calendars\/primary\/events$/);

    // event = events.post(json={'start': ..., 'end': ..., 'name': 'Event test'})
    const event = await events.post({
      json: { start: "2019-01-01T12:30:00Z", end: "2019-01-01T13:30:00Z", name: "Event test" },
    });
    expect(event).toBeInstanceOf(Resource);
    expect((event as Resource).data).toMatchObject({ name: "Event test" });
    const fetched = await event.get();
    expect((fetched as Resource).data).toMatchObject({ name: "Event test" });
  });
});

describe("Integrating OAuth Flow (the Django sample)", () => {
  it("redirects the user to start the flow, then exchanges the callback's code for a token", async () => {
    const REDIRECT_URL = "http://localhost:8000/kloudless/callback";
    const session: Record<string, string> = {};

    // url, state = get_authorization_url(app_id=..., redirect_uri=..., scope='storage')
    const { url, state } = getAuthorizationUrl({
      appId: emu.appId,
      redirectUri: REDIRECT_URL,
      scope: "storage",
      baseUrl: emu.url,
    });
    session.authorization_state = state;

    // The user's browser follows the redirect; the emulator consents at once and sends it back.
    const consent = await fetch(url, { redirect: "manual" });
    const callback = new URL(consent.headers.get("location")!);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URL);

    // params = request.GET.dict(); token = get_token_from_code(..., **params)
    const params = Object.fromEntries(callback.searchParams);
    const token = await getTokenFromCode({
      appId: emu.appId,
      apiKey: emu.apiKey,
      origState: session.authorization_state,
      origRedirectUri: REDIRECT_URL,
      params,
      baseUrl: emu.url,
    });
    expect(typeof token).toBe("string");
    const account = new Account({ token, baseUrl: emu.url });
    expect((await account.get()).data.apis).toContain("storage");
  });
});

describe("Logging Request Urls during Development", () => {
  it("logger.setLevel('DEBUG') prints the exact URL requested", async () => {
    const lines: string[] = [];
    const sink: LogSink = { debug: (m) => lines.push(m), info: () => {}, warn: () => {}, error: () => {} };
    const before = logger.getLevel();
    logger.setSink(sink);
    try {
      // from kloudless.util import logger; logger.setLevel('DEBUG')
      logger.setLevel("DEBUG");
      await storageAccount().get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
    } finally {
      logger.setLevel(before);
      logger.setSink(console);
    }
    expect(lines.join("\n")).toContain(`GET ${emu.url}/v1/accounts/me/storage/folders/root/contents -> 200`);
  });
});

describe("Verifying the Bearer token", () => {
  it("returns the token info of a token of the application", async () => {
    // token_info = verify_token(app_id, token)
    const tokenInfo = await verifyToken(emu.appId, storageToken, { baseUrl: emu.url });
    expect(tokenInfo.client_id).toBe(emu.appId);
  });

  it("raises TokenVerificationFailed for a token that is not valid, and APIError stays the fallback", async () => {
    // except exceptions.TokenVerificationFailed: ... except exceptions.APIError as e: print(e.message)
    let outcome = "";
    try {
      await verifyToken(emu.appId, "not-a-token", { baseUrl: emu.url, maxRetries: 0 });
    } catch (error) {
      if (error instanceof TokenVerificationFailed) outcome = "does not belong";
      else if (error instanceof APIError) outcome = error.message;
      else throw error;
    }
    expect(outcome).toBe("does not belong");
  });

  it("raises TokenVerificationFailed for a token issued to another application", async () => {
    const meta = new Client({ token: emu.metaToken, baseUrl: emu.url, maxRetries: 0 });
    const app = (await meta.meta.applications.create({ json: { name: "Another app" } })) as Resource<{ id: string }>;
    const key = (await meta.meta.apiKeys.create(app.data.id)) as Resource<{ key: string }>;
    const redirectUri = "http://localhost:8000/cb";
    const { url, state } = getAuthorizationUrl({ appId: app.data.id, redirectUri, baseUrl: emu.url });
    const callback = new URL((await fetch(url, { redirect: "manual" })).headers.get("location")!);
    const token = await getTokenFromCode({
      appId: app.data.id,
      apiKey: key.data.key,
      origState: state,
      origRedirectUri: redirectUri,
      params: callback.searchParams,
      baseUrl: emu.url,
    });
    await expect(verifyToken(emu.appId, token, { baseUrl: emu.url })).rejects.toBeInstanceOf(TokenVerificationFailed);
    expect((await verifyToken(app.data.id, token, { baseUrl: emu.url })).client_id).toBe(app.data.id);
  });
});

describe("Modifying Global Config", () => {
  it("changes of baseUrl and apiVersion affect the accounts created afterwards", () => {
    const saved = { ...configuration };
    try {
      const account = new Account({ token: storageToken });
      expect(account.url).toBe("https://api.kloudless.com/v1/accounts/me");
      // configuration['base_url'] = 'http://localhost:8002'; configuration['api_version'] = '2'
      configuration.baseUrl = "http://localhost:8002";
      configuration.apiVersion = "2";
      const later = new Account({ token: storageToken });
      expect(later.url).toBe("http://localhost:8002/v2/accounts/me");
      expect(account.url).toBe("https://api.kloudless.com/v1/accounts/me");
    } finally {
      Object.assign(configuration, saved);
    }
    expect(configuration).toEqual({ baseUrl: "https://api.kloudless.com", apiVersion: 1 });
  });

  it("an account made from the configuration reaches the emulator", async () => {
    const saved = { ...configuration };
    configuration.baseUrl = emu.url;
    try {
      const account = new Account({ token: storageToken, maxRetries: 0 });
      expect((await account.get()).status).toBe(200);
    } finally {
      Object.assign(configuration, saved);
    }
  });
});

describe("Modifying API Version for One Request", () => {
  it('account.get() goes to /v1 and account.get("", { apiVersion: 2 }) to /v2', async () => {
    const account = storageAccount();
    // response = account.get()  ->  https://api.kloudless.com/v1/accounts/me
    const response = await account.get();
    expect(response.status).toBe(200);
    expect(emu.requests.at(-1)!.path).toBe("/v1/accounts/me");
    // response = account.get(api_version=2)  ->  .../v2/accounts/me (the emulator serves v1 only)
    await expect(account.get("", { apiVersion: 2 })).rejects.toBeInstanceOf(NotFound);
    expect(emu.requests.at(-1)!.path).toBe("/v2/accounts/me");
    await account.get();
    expect(emu.requests.at(-1)!.path).toBe("/v1/accounts/me");
  });
});

describe("Getting Upstream Raw Object", () => {
  it("account.get('cal/calendars/primary', { getRawData: true }) includes data.raw", async () => {
    const calendar = await calendarAccount().get("cal/calendars/{calendar_id}", {
      path: { calendar_id: "primary" },
      getRawData: true,
    });
    expect(emu.requests.at(-1)!.headers["x-kloudless-raw-data"]).toBe("true");
    expect(calendar.data).toHaveProperty("raw");
    expect(calendar.data.raw).toBeTruthy();
  });
});

describe("Setting Default Headers for All Requests", () => {
  it("account.headers['X-Kloudless-Raw-Data'] = 'true' applies to the requests afterwards", async () => {
    const account = calendarAccount();
    account.headers["X-Kloudless-Raw-Data"] = "true";
    const calendars = await account.get("cal/calendars");
    expect(emu.requests.at(-1)!.headers["x-kloudless-raw-data"]).toBe("true");
    expect(calendars.objects.length).toBeGreaterThan(0);
    for (const calendar of calendars) expect(calendar.data).toHaveProperty("raw");
  });
});

describe("Retrieving Events", () => {
  it("reads the latest cursor, pages through the events after it by 50, and stores latestCursor", async () => {
    const account = storageAccount();
    // cursor = account.get('events/latest').data['cursor']
    const latest = await account.get("events/latest");
    expect(latest).toBeInstanceOf(ResponseJson);
    const cursor = latest.data.cursor;
    expect(cursor).toBeDefined();

    // Some activity after the cursor, so that there is something to read.
    await account.post("storage/folders", { json: { name: "events-demo", parent_id: "root" } });
    await account.post("storage/files", {
      data: "x",
      headers: { "X-Kloudless-Metadata": JSON.stringify({ parent_id: "root", name: "events-demo.txt" }) },
    });

    // events = account.get('events', params={'cursor': cursor, 'page_size': 50})
    const events = await account.get("events", { params: { cursor: String(cursor), page_size: 50 } });
    const seen: unknown[] = [];
    for await (const event of events.getPagingIterator()) seen.push(event.data);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    // latest_cursor = events.latest_cursor
    expect(events.latestCursor).toBeDefined();
    expect(String(events.latestCursor)).not.toBe(String(cursor));

    // Next time: nothing new after the stored cursor.
    const again = await account.get("events", { params: { cursor: String(events.latestCursor) } });
    const newer: unknown[] = [];
    for await (const event of again) newer.push(event);
    expect(newer).toHaveLength(0);
  });
});

describe("Calling Upstream Service APIs", () => {
  it("account.raw('GET', '/drive/v2/about') forwards the request and returns the fetch Response", async () => {
    const response = await storageAccount().raw("GET", "/drive/v2/about");
    expect(response).toBeInstanceOf(globalThis.Response);
    expect(response.status).toBe(200);
    const seen = emu.requests.at(-1)!;
    expect(seen.path).toBe("/v1/accounts/me/raw");
    expect(seen.headers["x-kloudless-raw-method"]).toBe("GET");
    expect(seen.headers["x-kloudless-raw-uri"]).toBe("/drive/v2/about");
    await response.body?.cancel();
  });
});

describe("Making Application Level Requests", () => {
  it("lists meta/applications with a meta token", async () => {
    // meta_client = Client(token='YOUR_META_BEARER_TOKEN'); applications = meta_client.get('meta/applications')
    const metaClient = new Client({ token: emu.metaToken, baseUrl: emu.url, maxRetries: 0 });
    const applications = await metaClient.get("meta/applications");
    expect(applications).toBeInstanceOf(ResourceList);
    expect(applications.objects.map((a) => a.data.id)).toContain(emu.appId);
  });

  it("lists the application's accounts with an API key", async () => {
    // client = Client(api_key='YOUR_API_KEY'); accounts = client.get('accounts')
    const client = new Client({ apiKey: emu.apiKey, baseUrl: emu.url, maxRetries: 0 });
    const accounts = await client.get("accounts");
    expect(accounts).toBeInstanceOf(ResourceList);
    expect(accounts.objects.map((a) => a.data.id)).toEqual(expect.arrayContaining(emu.accounts.map((a) => a.id)));
  });
});

describe("Core Concepts", () => {
  it("every class makes requests and answers are wrapped in Response and its subclasses", async () => {
    const account = storageAccount();
    const client = new Client({ apiKey: emu.apiKey, baseUrl: emu.url, maxRetries: 0 });
    const me = await account.get();
    const quota = await account.get("storage/quota");
    const list = await client.get("accounts");
    expect(me).toBeInstanceOf(Resource);
    expect(quota).toBeInstanceOf(ResponseJson);
    expect(list).toBeInstanceOf(ResourceList);
    // A Resource and a ResourceList make requests too.
    expect(await me.get("storage/quota")).toBeInstanceOf(ResponseJson);
    expect(await list.objects[0]!.get()).toBeInstanceOf(Resource);
  });
});
