/**
 * The emulator's Team API over real HTTP: users, groups and memberships of an admin account,
 * token paging, the 403 for non-admin accounts and `X-Kloudless-As-User`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { startEmulator } from "../src/index.ts";
import { responseViolations } from "../src/validate.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
type SeededAccount = Emulator["accounts"][number];
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely; the spec test checks their shape.
type Json = Record<string, any>;

let emu: Emulator;
let admin: SeededAccount;
let nonAdmin: SeededAccount;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, recordResponses: true });
  const flags = await Promise.all(
    emu.accounts.map(async (a) => {
      const res = await fetch(`${emu.url}/v1/accounts/${a.id}`, { headers: { Authorization: `Bearer ${a.token}` } });
      return ((await res.json()) as Json).admin === true;
    }),
  );
  const found = emu.accounts.find((_, i) => flags[i]);
  const other = emu.accounts.find((_, i) => !flags[i]);
  if (!found || !other) throw new Error("the emulator must seed an admin and a non-admin account");
  admin = found;
  nonAdmin = other;
});

afterAll(async () => {
  await emu.close();
});

/** GETs a team path of `account`; returns the status and JSON body. */
async function team(path: string, account = admin, headers: Record<string, string> = {}) {
  const res = await fetch(`${emu.url}/v1/accounts/${account.id}/team${path}`, {
    headers: { Authorization: `Bearer ${account.token}`, ...headers },
  });
  return { status: res.status, json: (await res.json()) as Json };
}

describe("team API", () => {
  it("lists users and pages through them with string tokens", async () => {
    const all = await team("/users");
    expect(all.status).toBe(200);
    expect(all.json).toMatchObject({ type: "object_list", api: "team", page: "1", next_page: null });
    expect(all.json.objects[0]).toMatchObject({ api: "team", type: "user" });

    const ids: string[] = [];
    let page: string | null = "1";
    while (page !== null) {
      const { json } = await team(`/users?page_size=2&page=${page}`);
      ids.push(...json.objects.map((u: Json) => u.id));
      page = json.next_page;
    }
    expect(ids).toEqual(all.json.objects.map((u: Json) => u.id));
    expect(ids.length).toBeGreaterThan(2);
  });

  it("retrieves a user and the groups it belongs to", async () => {
    const user = (await team("/users")).json.objects[1];
    const one = await team(`/users/${user.id}`);
    expect(one.json).toEqual(user);

    const memberships = await team(`/users/${user.id}/memberships`);
    expect(memberships.status).toBe(200);
    expect(memberships.json.count).toBeGreaterThan(0);
    for (const group of memberships.json.objects) {
      expect(group).toMatchObject({ api: "team", type: "group" });
      const members = await team(`/groups/${group.id}/members`);
      expect(members.json.objects.map((u: Json) => u.id)).toContain(user.id);
    }
  });

  it("lists and retrieves groups", async () => {
    const groups = await team("/groups");
    expect(groups.status).toBe(200);
    expect(groups.json.count).toBeGreaterThan(1);
    const group = groups.json.objects[0];
    expect((await team(`/groups/${group.id}`)).json).toEqual(group);
    expect((await team("/groups/group_unknown")).status).toBe(404);
  });

  it("answers 403 forbidden to non-admin accounts", async () => {
    for (const path of ["/users", "/groups"]) {
      const { status, json } = await team(path, nonAdmin);
      expect(status).toBe(403);
      expect(json.error_code).toBe("forbidden");
      expect(json.message).toMatch(/^Only administrators/);
    }
  });

  it("honours X-Kloudless-As-User: known users pass, unknown ones get 404", async () => {
    const user = (await team("/users")).json.objects[2];
    expect((await team("/groups", admin, { "X-Kloudless-As-User": user.id })).status).toBe(200);
    const unknown = await team("/groups", admin, { "X-Kloudless-As-User": "user_unknown" });
    expect(unknown.status).toBe(404);
    expect(unknown.json.message).toContain("X-Kloudless-As-User");
  });
});

describe("the spec", () => {
  it("describes every JSON response of these tests", () => {
    expect(emu.responses.length).toBeGreaterThan(10);
    expect(responseViolations(spec, emu.responses)).toEqual([]);
  });
});
