import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/src/index.ts";
import { kloudlessRoutes, type StateStore } from "../../examples/express-routes.ts";
import { Account } from "../../src/index.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

let emu: Emulator;
let server: Server;
let base: string;
const saved: string[] = [];

/** A minimal cookie session: enough for the state to survive the two legs. */
const states = new Map<string, string | undefined>();
const sessions: StateStore = {
  get: (req) => states.get(/sid=([\w-]+)/.exec(req.headers.cookie ?? "")?.[1] ?? ""),
  set: (req, res, state) => {
    let sid = /sid=([\w-]+)/.exec(req.headers.cookie ?? "")?.[1];
    if (!sid) {
      sid = randomUUID();
      res.cookie("sid", sid);
    }
    states.set(sid, state);
  },
};

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  const app = express();
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  app.use(
    kloudlessRoutes({
      appId: emu.appId,
      apiKey: emu.apiKey,
      redirectUri: `${base}/kloudless/callback`,
      baseUrl: emu.url,
      sessions,
      saveToken: (_req, token) => {
        saved.push(token);
      },
    }),
  );
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await emu.close();
});

describe("examples/express-routes.ts", () => {
  it("runs the code flow and saves a token that works", async () => {
    const start = await fetch(`${base}/kloudless/connect`, { redirect: "manual" });
    expect(start.status).toBe(302);
    const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const consent = await fetch(start.headers.get("location") ?? "", { redirect: "manual" });
    expect(consent.status).toBe(302);
    const callback = await fetch(consent.headers.get("location") ?? "", { headers: { cookie } });
    expect(await callback.text()).toBe("Account connects successfully.");
    expect(saved).toHaveLength(1);
    const me = await new Account({ token: saved[0] ?? "", baseUrl: emu.url }).get();
    expect(me.data.id).toBeTypeOf("number");
  });

  it("answers 400 when the callback's state was never issued", async () => {
    const res = await fetch(`${base}/kloudless/callback?code=x&state=y`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/state/);
  });
});
