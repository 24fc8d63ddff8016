/**
 * `kloudless-emulator` as a real process (`node --import tsx emulator/src/cli.ts ...`): every
 * flag, the ready line and its credentials, exit codes for bad command lines, seeds, faults and
 * lenient mode; and the Dockerfile's build and command, run outside Docker.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import { emulatorOptions, FLAGS, parseCliArgs, UsageError } from "../src/cli-args.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely; strict mode checks their shape.
type Json = Record<string, any>;

interface Ready {
  url: string;
  appId: string;
  apiKey: string;
  metaToken: string;
  mode: string;
  version: string;
  accounts: { id: number; service: string; apis: string[]; token: string }[];
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = ["--import", "tsx", "emulator/src/cli.ts"];
const DIR = mkdtempSync(join(tmpdir(), "kloudless-cli-"));
const children: ChildProcess[] = [];

afterAll(async () => {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    }),
  );
  rmSync(DIR, { recursive: true, force: true });
});

/** Runs the CLI to its exit (for commands that do not start a server). */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...CLI, ...args],
      { cwd: ROOT, timeout: 20_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
    children.push(child);
  });
}

/** Starts the CLI and resolves with its first stdout line, the process and its stderr so far. */
async function start(
  args: string[],
  command: { file: string; args: string[]; cwd: string } = { file: process.execPath, args: CLI, cwd: ROOT },
): Promise<{ line: string; child: ChildProcess; stderr: () => string }> {
  const child = spawn(command.file, [...command.args, ...args], {
    cwd: command.cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [line] = (await Promise.race([
    once(createInterface({ input: child.stdout as NodeJS.ReadableStream }), "line"),
    once(child, "exit").then(([code]) => {
      throw new Error(`the CLI exited with ${code} before its ready line: ${stderr}`);
    }),
  ])) as [string];
  return { line, child, stderr: () => stderr };
}

async function startJson(args: string[]): Promise<{ ready: Ready; child: ChildProcess; stderr: () => string }> {
  const { line, child, stderr } = await start(["--port", "0", "--json", ...args]);
  return { ready: JSON.parse(line) as Ready, child, stderr };
}

function get(ready: Ready, path: string, token = ready.accounts[0]?.token): Promise<Response> {
  return fetch(`${ready.url}/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
}

function writeJson(name: string, value: unknown): string {
  const file = join(DIR, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

describe("kloudless-emulator --help and --version", () => {
  it("--help lists every flag and exits 0; docs/emulator.md documents each one", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^kloudless-emulator \S+: a local emulator of the Kloudless API v1\n/);
    const docs = readFileSync(join(ROOT, "docs/emulator.md"), "utf8");
    for (const flag of FLAGS) {
      expect(stdout).toContain(`--${flag.name}`);
      expect(docs, `--${flag.name} in docs/emulator.md`).toContain(`\`--${flag.name}`);
    }
    expect(stdout).toContain("clamp-range, string-scalars, null-as-absent, enum-case");
    expect((await run(["-h"])).stdout).toBe(stdout);
    const despite = await run(["--port", "nope", "--help"]);
    expect(despite.code).toBe(0);
    expect(despite.stdout).toBe(stdout);
  });

  it("--version prints the package version and exits 0", async () => {
    const { code, stdout } = await run(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${pkg.version}\n`);
  });
});

describe("kloudless-emulator with a bad command line", () => {
  const missing = join(DIR, "missing.json");
  // Through the process: the exit code and the message on stderr.
  const spawned: [string[], RegExp][] = [
    [["--bogus"], /unknown option --bogus/],
    [["--port"], /--port needs a value \(N\)/],
    [["--port", "99999"], /--port: not a port number \(0 to 65535\): 99999/],
    [["--seed", missing], /--seed: cannot read the seed file .*missing\.json/],
    [["--faults", missing], /--faults: cannot read .*missing\.json/],
    [["8002"], /unexpected argument '8002'/],
  ];
  it("exits 2 with a message naming the flag, for each mistake", async () => {
    const results = await Promise.all(spawned.map(([args]) => run(args)));
    results.forEach(({ code, stdout, stderr }, i) => {
      const [args, message] = spawned[i] as [string[], RegExp];
      expect(code, args.join(" ")).toBe(2);
      expect(stdout, args.join(" ")).toBe("");
      expect(stderr, args.join(" ")).toMatch(message);
      expect(stderr).toMatch(/^kloudless-emulator: .*\nRun kloudless-emulator --help for the options\.\n$/s);
    });
  });

  // The same path (a UsageError, exit 2) for every other mistake, checked without a process each.
  const parsed: [string[], RegExp][] = [
    [["--port", "--json"], /^--port needs a value/],
    [["--port", "abc"], /^--port: not a port number .*: abc$/],
    [["--port", "-1"], /^--port: not a port number/],
    [["--port=8002", "--port", "8003"], /^--port is given more than once$/],
    [["--host="], /^--host needs a value/],
    [["--json=yes"], /^--json takes no value$/],
    [["--strict", "--lenient"], /^--strict and --lenient exclude each other$/],
    [["--webhook", "not a url"], /^--webhook: not an http\(s\) URL: not a url$/],
    [["--webhook", "ftp://example.com/"], /^--webhook: not an http\(s\) URL/],
    [["--redirect-uri", "relative/path"], /^--redirect-uri: not an absolute URI/],
    [["--max-json-bytes", "0"], /^--max-json-bytes: not a positive number of bytes: 0$/],
    [["--max-upload-bytes", "1e6"], /^--max-upload-bytes: not a positive number of bytes/],
    [["-x"], /^unknown option -x$/],
  ];
  it.each(parsed)("refuses %j as a usage error naming the flag", (args, message) => {
    expect(() => parseCliArgs(args)).toThrow(UsageError);
    expect(() => parseCliArgs(args)).toThrow(message);
  });

  it("exits 1, not 2, when the emulator cannot start (port taken)", async () => {
    const { ready } = await startJson(["--quiet"]);
    const port = new URL(ready.url).port;
    const { code, stderr } = await run(["--port", port]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/EADDRINUSE/);
  });
});

describe("kloudless-emulator ready line", () => {
  it("prints one readable line with the URL, API key, account IDs and tokens, which work", async () => {
    const { line, child } = await start(["--port", "0", "--quiet"]);
    const match =
      /^kloudless-emulator \S+ \(strict\) at (http:\/\/127\.0\.0\.1:\d+); API key (\S+); meta token \S+; app \S+; accounts: (.+)$/.exec(
        line,
      );
    expect(match, line).not.toBeNull();
    const [, url, apiKey, accounts] = match as unknown as [string, string, string, string];
    const [first] = accounts.split(", ");
    const [, id, service, token] = /^(\d+) (\S+) token=(\S+)$/.exec(first as string) as unknown as string[];
    expect(service).toBe("dropbox");
    const me = await fetch(`${url}/v1/accounts/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(((await me.json()) as Json).id).toBe(Number(id));
    const byKey = await fetch(`${url}/v1/accounts/${id}`, { headers: { Authorization: `APIKey ${apiKey}` } });
    expect(byKey.status).toBe(200);
    child.kill("SIGTERM");
    expect((await once(child, "exit"))[0]).toBe(0);
  });

  it("--json prints one JSON object whose URL and tokens work, and logs requests on stderr without them", async () => {
    const { ready, stderr } = await startJson([]);
    expect(ready).toMatchObject({ mode: "strict", version: pkg.version });
    expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(ready.accounts.map((a) => a.service)).toEqual([
      "dropbox",
      "google_calendar",
      "salesforce",
      "slack",
      "servicenow",
    ]);
    const res = await get(ready, "/accounts/me/storage/folders/root/contents");
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).objects.length).toBeGreaterThan(0);
    const calendar = await get(ready, "/accounts/me/cal/calendars/primary", ready.accounts[1]?.token);
    expect(calendar.status).toBe(200);
    await expect.poll(stderr).toContain("GET /v1/accounts/me/cal/calendars/primary 200");
    expect(stderr()).not.toContain(ready.accounts[0]?.token as string);
  });
});

describe("kloudless-emulator --seed", () => {
  it("--seed empty starts the demo accounts with no files", async () => {
    const { ready } = await startJson(["--seed", "empty", "--quiet"]);
    expect(ready.accounts.map((a) => a.service)).toEqual([
      "dropbox",
      "google_calendar",
      "salesforce",
      "slack",
      "servicenow",
    ]);
    const root = (await (await get(ready, "/accounts/me/storage/folders/root/contents")).json()) as Json;
    expect(root.objects).toEqual([]);
  });

  it("--seed FILE starts the file's accounts, credentials, files and events", async () => {
    const file = writeJson("seed.json", {
      apiKey: "cli-key",
      accounts: [
        {
          id: 7,
          account: "alice@example.com",
          service: "box",
          token: "alice-token",
          files: [{ name: "Docs", children: [{ name: "a.txt", content: "hello" }] }],
        },
        {
          account: "bob@example.com",
          service: "google_calendar",
          token: "bob-token",
          calendars: [
            {
              name: "Work",
              primary: true,
              events: [{ name: "Standup", start: "2030-01-01T09:00:00Z", end: "2030-01-01T09:15:00Z" }],
            },
          ],
        },
      ],
    });
    const { ready } = await startJson(["--seed", file, "--quiet"]);
    expect(ready.apiKey).toBe("cli-key");
    expect(ready.accounts.map((a) => [a.id, a.token])).toEqual([
      [7, "alice-token"],
      [expect.any(Number), "bob-token"],
    ]);
    const tree = (await (await get(ready, "/accounts/7/storage/folders/root/contents?recursive=true")).json()) as Json;
    expect(tree.objects.map((o: Json) => o.path)).toEqual(["/Docs", "/Docs/a.txt"]);
    const events = await get(
      ready,
      "/accounts/me/cal/calendars/primary/events?start=2030-01-01T00:00:00Z&end=2030-01-02T00:00:00Z",
      "bob-token",
    );
    expect(((await events.json()) as Json).objects.map((e: Json) => e.name)).toEqual(["Standup"]);
  });

  it("--seed FILE gives a CRM account the file's records, references between them resolved", async () => {
    const file = writeJson("crm-seed.json", {
      accounts: [
        {
          account: "sales@example.com",
          service: "salesforce",
          apis: ["crm"],
          token: "crm-token",
          crm: {
            records: [
              { rawType: "Account", ref: "acme", fields: { name: "Acme" } },
              { rawType: "Contact", fields: { first_name: "Ada", last_name: "Lovelace", account: "@acme" } },
            ],
          },
        },
      ],
    });
    const { ready } = await startJson(["--seed", file, "--quiet"]);
    const accounts = (await (await get(ready, "/accounts/me/crm/accounts", "crm-token")).json()) as Json;
    expect(accounts.objects.map((a: Json) => a.name)).toEqual(["Acme"]);
    const contacts = (await (await get(ready, "/accounts/me/crm/contacts", "crm-token")).json()) as Json;
    expect(contacts.objects.map((c: Json) => [c.last_name, c.account])).toEqual([["Lovelace", accounts.objects[0].id]]);
  });

  it("refuses a CRM seed whose reference names no earlier record, or whose account lacks the CRM API", async () => {
    const file = writeJson("bad-crm-seed.json", {
      accounts: [
        {
          account: "s@example.com",
          service: "salesforce",
          apis: ["crm"],
          crm: {
            records: [
              { rawType: "Contact", fields: { account: "@later" } },
              { ref: "later", fields: {} },
            ],
          },
        },
        { account: "d@example.com", service: "dropbox", apis: ["storage"], crm: { records: [] } },
      ],
    });
    const { code, stderr } = await run(["--seed", file]);
    expect(code).toBe(2);
    for (const line of [
      "accounts[0].crm.records[0].fields.account: @later names no earlier record's ref",
      "accounts[0].crm.records[1].rawType: must be a non-empty string",
      "accounts[1].crm: the account's apis do not include crm",
    ]) {
      expect(stderr).toContain(line);
    }
  });

  it("refuses an invalid seed file with exit 2, naming each problem by its JSON path", async () => {
    const file = writeJson("bad-seed.json", {
      acounts: [],
      accounts: [
        { account: "a@example.com", service: "box", token: "t", files: [{ name: "" }, { name: "x", content: 3 }] },
        { account: "b@example.com", token: "t", calendars: [{ name: "W", events: [{ name: "no times" }] }] },
      ],
    });
    const { code, stderr } = await run(["--seed", file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--seed: ${file} is not a valid seed:`);
    for (const line of [
      "acounts: is not a seed field",
      'accounts[0].files[0].name: must be a non-empty string without "/"',
      "accounts[0].files[1].content: must be a string",
      "accounts[1].service: must be a non-empty string",
      "accounts[1].token: repeats accounts[0].token",
      "accounts[1].calendars[0].events[0].start: is required",
    ]) {
      expect(stderr).toContain(line);
    }
    const notJson = await run(["--seed", writeJson("not-json.json", "{ accounts: [")]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/--seed: .*not-json\.json is not valid JSON/);
  });
});

describe("kloudless-emulator --faults", () => {
  it("applies the file's rules from the first request", async () => {
    const file = writeJson("faults.json", [
      { kind: "status", status: 503, match: { operationId: "accounts.retrieve" }, times: 1 },
      { kind: "rateLimit", retryAfter: 7, match: { path: "/storage/recent$" } },
    ]);
    const { ready } = await startJson(["--faults", file, "--quiet"]);
    expect((await get(ready, "/accounts/me")).status).toBe(503);
    expect((await get(ready, "/accounts/me")).status).toBe(200);
    const limited = await get(ready, "/accounts/me/storage/recent");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
    const rules = (await (await fetch(`${ready.url}/__emulator/faults`)).json()) as Json[];
    expect(rules.map((r) => r.kind)).toEqual(["rateLimit"]);
  });

  it("refuses a bad rule with exit 2, naming its index", async () => {
    const file = writeJson("bad-faults.json", [{ kind: "latency" }, { kind: "explode" }]);
    const { code, stderr } = await run(["--faults", file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--faults: ${file}: [1]: kind must be one of`);
  });
});

describe("kloudless-emulator --strict and --lenient", () => {
  it("refuses page_size=5000 by default and with --strict, and accepts it with --lenient, saying so", async () => {
    const [byDefault, strict, lenient] = await Promise.all([
      startJson(["--quiet"]),
      startJson(["--strict", "--quiet"]),
      startJson(["--lenient"]),
    ]);
    const path = "/accounts/me/storage/folders/root/contents?page_size=5000";
    expect((await get(byDefault.ready, path)).status).toBe(400);
    expect((await get(strict.ready, path)).status).toBe(400);
    expect(strict.ready.mode).toBe("strict");
    expect(lenient.ready.mode).toBe("lenient");
    const res = await get(lenient.ready, path);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-kloudless-emulator-lenient")).toBe("clamp-range");
    await expect
      .poll(lenient.stderr)
      .toMatch(/GET \/v1\/accounts\/me\/storage\/folders\/root\/contents 200 .*lenient=clamp-range/);
  });
});

describe("kloudless-emulator --data-dir and the other options", () => {
  it("passes --data-dir, the body limits, redirect URIs, the seed and the mode to startEmulator", () => {
    const options = emulatorOptions(
      parseCliArgs([
        "--data-dir",
        "/var/lib/kloudless",
        "--max-upload-bytes=1000",
        "--max-json-bytes",
        "100",
        "--redirect-uri",
        "https://app.example/cb",
        "--redirect-uri",
        "https://app.example/cb2",
        "--seed",
        "empty",
        "--lenient",
        "--quiet",
      ]),
    );
    expect(options).toMatchObject({
      dataDir: "/var/lib/kloudless",
      maxUploadBytes: 1000,
      maxJsonBodyBytes: 100,
      redirectUris: ["https://app.example/cb", "https://app.example/cb2"],
      seed: "empty",
      mode: "lenient",
      logRequests: false,
      port: 8002,
      host: "127.0.0.1",
    });
  });

  it("starts with --data-dir", async () => {
    const { ready } = await startJson(["--data-dir", join(DIR, "data"), "--quiet"]);
    expect((await get(ready, "/accounts/me")).status).toBe(200);
  });
});

describe("Dockerfile", () => {
  const dockerfile = readFileSync(join(ROOT, "emulator/Dockerfile"), "utf8");

  it("pins node:20-slim by tag, runs as the node user and exposes the port the command listens on", () => {
    const froms = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(froms.length).toBe(2);
    for (const image of froms) expect(image).toMatch(/^node:20\.\d+\.\d+-slim$/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^EXPOSE 8002$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "dist\/cli\.js", "--host", "0\.0\.0\.0"\]$/m);
    expect(dockerfile).toMatch(/^CMD \["--port", "8002"\]$/m);
  });

  it("builds a bundle that runs alone, as in the run stage, on 0.0.0.0 with --json", async () => {
    // The build stage's tsup command, into a directory laid out like the run stage's /app.
    const build = /^RUN (npx tsup .*) --out-dir dist$/m.exec(dockerfile)?.[1];
    expect(build).toBeDefined();
    const app = mkdtempSync(join(tmpdir(), "kloudless-image-"));
    try {
      const [npx, ...args] = (build as string).split(" ");
      await promisify(execFile)(npx as string, [...args, "--out-dir", join(app, "dist")], {
        cwd: ROOT,
        timeout: 60_000,
      });
      copyFileSync(join(ROOT, "emulator/package.json"), join(app, "package.json"));
      const { line } = await start(["--host", "0.0.0.0", "--port", "0", "--json"], {
        file: process.execPath,
        args: ["dist/cli.js"],
        cwd: app,
      });
      const ready = JSON.parse(line) as Ready;
      expect(ready.version).toBe(pkg.version);
      expect((await get(ready, "/accounts/me")).status).toBe(200);
      const health = await fetch(`${ready.url}/v1/public/services`);
      expect(health.ok).toBe(true);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  }, 60_000);

  it("sends the build stage only the files it copies", () => {
    const ignore = readFileSync(join(ROOT, ".dockerignore"), "utf8");
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => (m[1] as string).split(" "));
    for (const path of copied) expect(ignore).toContain(`!${path}`);
  });
});
