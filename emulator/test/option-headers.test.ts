/**
 * The API-wide option headers as the spec declares them, over real HTTP: raw data on the
 * activity stream, the checks of the declared header values, and impersonation by an admin
 * account.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../src/index.ts";

type Json = Record<string, unknown>;

let emu: RunningEmulator;
let token: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  // The demo storage account is an admin account with a team.
  const account = emu.accounts.find((a) => a.apis.includes("storage"));
  if (!account) throw new Error("demo seed lacks a storage account");
  token = account.token;
});

afterAll(() => emu.close());

function api(path: string, headers: Record<string, string> = {}, init: RequestInit = {}): Promise<Response> {
  return fetch(`${emu.url}/v1/accounts/me${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, ...headers },
  });
}

describe("X-Kloudless-Raw-Data", () => {
  it("adds the upstream object to the metadata of events only when asked for", async () => {
    const { cursor } = (await (await api("/events/latest")).json()) as Json;
    const created = await api(
      "/storage/folders",
      { "Content-Type": "application/json" },
      { method: "POST", body: JSON.stringify({ name: `raw-events-${Date.now()}`, parent_id: "root" }) },
    );
    expect(created.status).toBe(201);
    const plain = (await (await api(`/events?cursor=${cursor}`)).json()) as { objects: Json[] };
    const raw = (await (await api(`/events?cursor=${cursor}`, { "X-Kloudless-Raw-Data": "true" })).json()) as {
      objects: Json[];
    };
    expect(plain.objects.map((e) => e.type)).toEqual(["add"]);
    expect(plain.objects[0]?.metadata).not.toHaveProperty("raw");
    expect(raw.objects[0]?.metadata).toHaveProperty("raw");
    expect((raw.objects[0] as { metadata: Json }).metadata.raw).toMatchObject({ object: { ".tag": "folder" } });
  });

  it("refuses a value other than true or false with 400 invalid_parameters naming the header", async () => {
    const res = await api("/storage/folders/root", { "X-Kloudless-Raw-Data": "yes" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body.error_code).toBe("invalid_parameters");
    expect(body.message).toContain("X-Kloudless-Raw-Data");
  });
});

describe("X-Kloudless-As-User", () => {
  it("makes an admin account act as a user of its team, and refuses an unknown user with 404", async () => {
    const users = (await (await api("/team/users")).json()) as { objects: { id: string }[] };
    const user = users.objects[1]?.id as string;
    const created = await api(
      "/storage/folders",
      { "Content-Type": "application/json", "X-Kloudless-As-User": user },
      { method: "POST", body: JSON.stringify({ name: `as-user-${Date.now()}`, parent_id: "root" }) },
    );
    expect(created.status).toBe(201);
    expect(((await created.json()) as { creator: Json }).creator.id).toBe(user);
    const unknown = await api("/storage/folders/root", { "X-Kloudless-As-User": "nobody" });
    expect(unknown.status).toBe(404);
  });
});

describe("X-Kloudless-Raw-Headers", () => {
  it("is accepted on storage operations (the emulator has no upstream to forward it to)", async () => {
    const res = await api("/storage/folders/root", { "X-Kloudless-Raw-Headers": JSON.stringify({ "X-Test": "1" }) });
    expect(res.status).toBe(200);
  });
});
