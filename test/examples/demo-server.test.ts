import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/src/index.ts";
import { startDemoServer } from "../../examples/demo-server.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

let emu: Emulator;
let demo: { url: string; server: Server };

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  demo = await startDemoServer({ appId: emu.appId, apiKey: emu.apiKey, baseUrl: emu.url, port: 0 });
});

afterAll(async () => {
  await new Promise((resolve) => demo.server.close(resolve));
  await emu.close();
});

/** Follows the OAuth redirect chain as a browser would, keeping the demo's session cookie. */
async function connect(api: "storage" | "calendar"): Promise<{ html: string; hops: string[] }> {
  let cookie = "";
  const hops: string[] = [];
  let url = `${demo.url}/connect?api=${api}`;
  for (let i = 0; i < 6; i++) {
    const sameSite = url.startsWith(demo.url);
    const res = await fetch(url, { redirect: "manual", headers: sameSite && cookie ? { cookie } : {} });
    const setCookie = res.headers.get("set-cookie");
    if (sameSite && setCookie) cookie = setCookie.split(";")[0] ?? "";
    hops.push(`${res.status} ${new URL(url).pathname}`);
    if (res.status !== 302) return { html: await res.text(), hops };
    url = new URL(res.headers.get("location") ?? "", url).toString();
  }
  throw new Error(`too many redirects: ${hops.join(" -> ")}`);
}

describe("examples/demo-server.ts", () => {
  it("connects a storage account through the full redirect chain and shows its root folder", async () => {
    const { html, hops } = await connect("storage");
    expect(hops).toEqual(["302 /connect", "302 /v1/oauth", "302 /callback", "200 /account"]);
    expect(html).toContain("Root folder");
    expect(html).toContain("readme.md");
    expect(html).toContain("Documents");
  });

  it("connects a calendar account and shows its primary calendar's events", async () => {
    const { html, hops } = await connect("calendar");
    expect(hops.at(-1)).toBe("200 /account");
    expect(html).toContain("Primary calendar events");
    expect(html).toMatch(/<li>[^<]+: \d{4}-\d\d-\d\dT/);
  });

  it("refuses a callback whose state does not match the session", async () => {
    const res = await fetch(`${demo.url}/callback?code=forged&state=forged`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("state");
  });
});
