/**
 * What an emulator starts with: the demo data (default), an empty set of accounts, or a seed
 * JSON file, so that the SDK's demo, its tests and users' tests have accounts, tokens, files,
 * calendars and activity to work with from the first request.
 *
 * Seed JSON file format (`kloudless-emulator --seed FILE`, or `startEmulator({ seed })`):
 *
 * ```json
 * {
 *   "appId": "app_demo",               // optional; random when absent
 *   "apiKey": "my-api-key",            // optional; random when absent
 *   "metaToken": "my-meta-token",      // optional; random when absent
 *   "accounts": [
 *     {
 *       "id": 1001,                     // optional; assigned when absent
 *       "account": "alice@example.com",
 *       "service": "dropbox",
 *       "service_name": "Dropbox",      // optional; known services are named automatically
 *       "apis": ["storage"],            // optional; from the service when absent
 *       "admin": true,                  // optional; enables team APIs and X-Kloudless-As-User
 *       "token": "alice-token",         // optional; random when absent
 *       "files": [                      // storage accounts: the tree under the root
 *         { "name": "Docs", "children": [ { "name": "a.txt", "content": "UTF-8 text" } ] },
 *         { "name": "logo.png", "base64": "iVBORw0KGgo..." }
 *       ],
 *       "calendars": [                  // calendar accounts: as calendar.ts's CalendarSeed
 *         { "name": "Work", "primary": true, "events": [ { "name": "Standup", "start": "...", "end": "..." } ] }
 *       ],
 *       "team": { "users": [], "groups": [], "memberships": [] }  // admin accounts: team.ts's TeamSeed
 *     }
 *   ]
 * }
 * ```
 *
 * `loadSeedFile` checks a file field by field before use (seed-check.ts), naming each problem by
 * its JSON path; docs/emulator.md documents the format.
 *
 * Every seeded file, folder and calendar event is recorded as an `add` event in its account's
 * activity log (calendar.ts records its own), so that `events.list` with `cursor=after-auth`
 * has something to show.
 */
import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { type CalendarSeed, seedCalendar } from "./calendar.ts";
import { SERVICES, serviceName } from "./core.ts";
import { type CrmSeed, seedCrm } from "./crm.ts";
import { encodePng } from "./images.ts";
import { seedProblems } from "./seed-check.ts";
import { type EmulatorState, now, randomToken } from "./state.ts";
import { type StorageSeedEntry, seedStorage } from "./storage.ts";
import { seedTeam, type TeamSeed } from "./team.ts";

/** One account of a seed. */
export interface SeedAccount {
  /** Account ID; assigned when absent. */
  id?: number;
  /** The account's name upstream, e.g. `alice@example.com`. */
  account: string;
  /** Service identifier, e.g. `dropbox`, `google_calendar`. */
  service: string;
  /** Display name of the service; known services are named automatically. */
  service_name?: string;
  /** APIs of the account; from the service when absent. */
  apis?: string[];
  /** Admin accounts get the team APIs and `X-Kloudless-As-User`. */
  admin?: boolean;
  /** Bearer token of the account; random when absent. */
  token?: string;
  /** Storage accounts: the tree under the root folder. */
  files?: StorageSeedEntry[];
  /** Calendar accounts: calendars and their events. */
  calendars?: CalendarSeed["calendars"];
  /** Admin accounts: the team directory. */
  team?: TeamSeed;
  /** CRM accounts: the records (crm.ts's demo CRM when absent). Built-in seeds only. */
  crm?: CrmSeed;
}

/** A whole seed: the application's credentials and its connected accounts. */
export interface SeedData {
  /** Application ID; random when absent. */
  appId?: string;
  /** API key of the application; random when absent. */
  apiKey?: string;
  /** Meta (management API) token; random when absent. */
  metaToken?: string;
  /** The connected accounts. */
  accounts: SeedAccount[];
}

/** The credentials a seeded emulator hands out. */
export interface SeededCredentials {
  apiKey: string;
  metaToken: string;
}

/** A deterministic pseudo-random byte sequence (mulberry32), so the demo's binary file is the same every run. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

/** The demo's photo: a 48×32 sunset gradient, a real PNG. */
function demoPhoto(): Buffer {
  return encodePng(48, 32, (x, y) => [255 - y * 3, 120 + x * 2, 60 + y * 4]);
}

/** The demo files of the storage account. */
function demoFiles(): StorageSeedEntry[] {
  const report = {
    title: "Quarterly report",
    quarter: "Q3",
    revenue: 125000,
    currency: "USD",
    regions: ["EMEA", "APAC", "AMER"],
  };
  return [
    {
      name: "Documents",
      children: [
        { name: "notes.txt", content: "Meeting notes\n- ship the SDK\n- write the emulator\n" },
        { name: "report.json", content: `${JSON.stringify(report, null, 2)}\n` },
        { name: "Photos", children: [{ name: "sunset.png", base64: demoPhoto().toString("base64") }] },
      ],
    },
    { name: "readme.md", content: "# Demo drive\n\nFiles of the Kloudless emulator's demo account.\n" },
    { name: "data.bin", base64: pseudoRandomBytes(4096, 42).toString("base64") },
  ];
}

/**
 * The demo seed: an admin Dropbox-like storage account (files above, team directory, so team
 * APIs and `X-Kloudless-As-User` work), a Google Calendar account (calendar.ts's demo data), a
 * Salesforce CRM account (crm.ts's demo CRM), then a Slack account and a ServiceNow account for
 * the chat and ITSM lists (chat-itsm.ts's fixtures), in that order: tests address them by index.
 * `empty` has the same accounts with no files, one empty primary calendar, no CRM records and
 * no activity.
 */
export function builtinSeed(kind: "demo" | "empty"): SeedData {
  const empty = kind === "empty";
  return {
    accounts: [
      {
        account: "demo@example.com",
        service: "dropbox",
        apis: ["storage"],
        admin: true,
        files: empty ? [] : demoFiles(),
      },
      {
        account: "calendar@example.com",
        service: "google_calendar",
        apis: ["calendar"],
        ...(empty ? { calendars: [{ name: "calendar@example.com", primary: true }] } : {}),
      },
      {
        account: "crm@example.com",
        service: "salesforce",
        apis: ["crm"],
        ...(empty ? { crm: { records: [] } } : {}),
      },
      // Appended after the storage and calendar accounts, which callers find by position.
      { account: "chat@example.com", service: "slack", apis: ["messaging"] },
      { account: "itsm@example.com", service: "servicenow", service_name: "ServiceNow", apis: ["itsm"] },
    ],
  };
}

/**
 * Reads and checks a seed JSON file (see seed-check.ts); throws an error naming the file and
 * each problem by its JSON path (at most 20 are listed).
 */
export function loadSeedFile(path: string): SeedData {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read the seed file ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const problems = seedProblems(data);
  if (problems.length) {
    const shown = problems.slice(0, 20).map((p) => `  ${p}`);
    if (problems.length > 20) shown.push(`  ... and ${problems.length - 20} more`);
    throw new Error(`${path} is not a valid seed:\n${shown.join("\n")}`);
  }
  return data as SeedData;
}

/**
 * Fills `state` from `seed`: API key, meta token, accounts with their files, calendars, team
 * directory and activity. `baseUrl` is needed because recorded objects carry absolute `href`s.
 */
export function applySeed(state: EmulatorState, seed: SeedData, baseUrl: string): SeededCredentials {
  const created = now();
  const apiKey = seed.apiKey ?? randomToken();
  state.apiKeys.set(apiKey, { key: apiKey, applicationId: state.appId, created, modified: created });
  const metaToken = seed.metaToken ?? randomToken();
  state.metaTokens.add(metaToken);

  for (const input of seed.accounts) {
    const apis = input.apis ??
      SERVICES.find((s) => s.id === input.service)?.apis.filter((api) => api !== "team") ?? ["storage"];
    const account = state.addAccount({
      ...(input.id !== undefined ? { id: input.id } : {}),
      account: input.account,
      service: input.service,
      serviceName: input.service_name ?? serviceName(input.service),
      apis,
      admin: input.admin ?? false,
      ...(input.token !== undefined ? { tokens: [input.token] } : {}),
    });
    if (apis.includes("storage")) seedStorage(state, account, input.files ?? [], baseUrl);
    if (apis.includes("calendar"))
      seedCalendar(state, account, input.calendars ? { calendars: input.calendars } : undefined, baseUrl);
    if (apis.includes("crm")) seedCrm(state, account, input.crm, baseUrl);
    if (account.admin) seedTeam(state, account, input.team);
  }
  return { apiKey, metaToken };
}
