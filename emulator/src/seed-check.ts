/**
 * Checks a seed read from JSON (`kloudless-emulator --seed FILE`) before the emulator starts, so
 * that a mistake in a hand-written seed is reported by its JSON path (`accounts[0].files[2].name:
 * must be a non-empty string`) rather than as a failed start or a quietly missing file. Calendar
 * events are checked against the spec's `CalendarEventCreate`, the body an event creation takes.
 */
import spec from "../../generated/openapi.json" with { type: "json" };
import { type Schema, SchemaValidator } from "./validate.ts";

type Problems = string[];
type Json = Record<string, unknown>;

const ROOT_FIELDS = ["appId", "apiKey", "metaToken", "accounts"];
const ACCOUNT_FIELDS = [
  "id",
  "account",
  "service",
  "service_name",
  "apis",
  "admin",
  "token",
  "files",
  "calendars",
  "team",
  "crm",
];
const ENTRY_FIELDS = ["name", "children", "content", "base64"];
const CALENDAR_FIELDS = ["name", "description", "location", "timezone", "primary", "events"];
const APIS = ["storage", "calendar", "crm", "email", "messaging", "itsm", "team"];
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Every problem of `value` as a seed, one line each (`path: problem`); empty when it is a valid seed. */
export function seedProblems(value: unknown): string[] {
  const out: Problems = [];
  if (!isObject(value)) return ['(root): must be an object with an "accounts" array'];
  unknownFields(value, ROOT_FIELDS, "", out);
  for (const key of ["appId", "apiKey", "metaToken"]) optionalString(value, key, "", out);
  if (!Array.isArray(value.accounts)) {
    out.push("accounts: must be an array of accounts");
    return out;
  }
  const ids = new Map<unknown, string>();
  const tokens = new Map<unknown, string>();
  value.accounts.forEach((account, i) => {
    const at = `accounts[${i}]`;
    checkAccount(account, at, out);
    if (!isObject(account)) return;
    for (const [key, seen] of [
      ["id", ids],
      ["token", tokens],
    ] as const) {
      const v = account[key];
      if (v === undefined) continue;
      const first = seen.get(v);
      if (first !== undefined) out.push(`${at}.${key}: repeats ${first}.${key}`);
      else seen.set(v, at);
    }
  });
  return out;
}

function checkAccount(account: unknown, at: string, out: Problems): void {
  if (!isObject(account)) {
    out.push(`${at}: must be an object`);
    return;
  }
  unknownFields(account, ACCOUNT_FIELDS, at, out);
  if (account.id !== undefined && !(Number.isInteger(account.id) && (account.id as number) > 0)) {
    out.push(`${at}.id: must be a positive integer`);
  }
  requiredString(account, "account", at, out);
  requiredString(account, "service", at, out);
  optionalString(account, "service_name", at, out);
  optionalString(account, "token", at, out);
  if (account.admin !== undefined && typeof account.admin !== "boolean") out.push(`${at}.admin: must be a boolean`);
  if (account.apis !== undefined) {
    if (!Array.isArray(account.apis)) out.push(`${at}.apis: must be an array of API names`);
    else {
      account.apis.forEach((api, j) => {
        if (typeof api !== "string" || !APIS.includes(api))
          out.push(`${at}.apis[${j}]: must be one of ${APIS.join(", ")}`);
      });
    }
  }
  const apis = Array.isArray(account.apis) ? (account.apis as unknown[]) : undefined;
  if (account.files !== undefined) {
    if (apis && !apis.includes("storage")) out.push(`${at}.files: the account's apis do not include storage`);
    checkEntries(account.files, `${at}.files`, out);
  }
  if (account.calendars !== undefined) {
    if (apis && !apis.includes("calendar")) out.push(`${at}.calendars: the account's apis do not include calendar`);
    checkCalendars(account.calendars, `${at}.calendars`, out);
  }
  if (account.team !== undefined) {
    if (account.admin !== true) out.push(`${at}.team: only an admin account ("admin": true) has a team directory`);
    checkTeam(account.team, `${at}.team`, out);
  }
  if (account.crm !== undefined) {
    if (apis && !apis.includes("crm")) out.push(`${at}.crm: the account's apis do not include crm`);
    checkCrm(account.crm, `${at}.crm`, out);
  }
}

/**
 * `{records: [{rawType, ref?, fields}]}`: a record's `ref` names it for later records, whose
 * field values may refer to it as `@<ref>` (a contact's `account`); a reference must name an
 * earlier record, as the emulator creates them in order.
 */
function checkCrm(crm: unknown, at: string, out: Problems): void {
  if (!isObject(crm)) {
    out.push(`${at}: must be an object with a "records" array`);
    return;
  }
  unknownFields(crm, ["records"], at, out);
  if (!Array.isArray(crm.records)) {
    out.push(`${at}.records: must be an array of records`);
    return;
  }
  const refs = new Set<string>();
  crm.records.forEach((record, i) => {
    const here = `${at}.records[${i}]`;
    if (!isObject(record)) {
      out.push(`${here}: must be an object`);
      return;
    }
    unknownFields(record, ["rawType", "ref", "fields"], here, out);
    requiredString(record, "rawType", here, out);
    if (!isObject(record.fields)) out.push(`${here}.fields: must be an object of the record's fields`);
    else {
      for (const [key, value] of Object.entries(record.fields)) {
        if (typeof value === "string" && value.startsWith("@") && !refs.has(value.slice(1))) {
          out.push(`${here}.fields.${key}: ${value} names no earlier record's ref`);
        }
      }
    }
    optionalString(record, "ref", here, out);
    if (typeof record.ref === "string") {
      if (refs.has(record.ref)) out.push(`${here}.ref: repeats an earlier record's ref`);
      refs.add(record.ref);
    }
  });
}

function checkEntries(entries: unknown, at: string, out: Problems): void {
  if (!Array.isArray(entries)) {
    out.push(`${at}: must be an array of files and folders`);
    return;
  }
  const names = new Map<string, number>();
  entries.forEach((entry, i) => {
    const here = `${at}[${i}]`;
    if (!isObject(entry)) {
      out.push(`${here}: must be an object (a file with "content" or "base64", or a folder with "children")`);
      return;
    }
    unknownFields(entry, ENTRY_FIELDS, here, out);
    if (typeof entry.name !== "string" || entry.name === "" || entry.name.includes("/")) {
      out.push(`${here}.name: must be a non-empty string without "/"`);
    } else {
      const first = names.get(entry.name);
      if (first !== undefined) out.push(`${here}.name: repeats ${at}[${first}].name in the same folder`);
      else names.set(entry.name, i);
    }
    if (entry.children !== undefined) {
      if (entry.content !== undefined || entry.base64 !== undefined) {
        out.push(`${here}: a folder ("children") has no "content" or "base64"`);
      }
      checkEntries(entry.children, `${here}.children`, out);
      return;
    }
    if (entry.content !== undefined && entry.base64 !== undefined)
      out.push(`${here}: give "content" or "base64", not both`);
    if (entry.content !== undefined && typeof entry.content !== "string") out.push(`${here}.content: must be a string`);
    if (entry.base64 !== undefined && (typeof entry.base64 !== "string" || !BASE64.test(entry.base64))) {
      out.push(`${here}.base64: must be a base64 string`);
    }
  });
}

let eventSchema: { validator: SchemaValidator; schema: Schema } | undefined;

function checkCalendars(calendars: unknown, at: string, out: Problems): void {
  if (!Array.isArray(calendars)) {
    out.push(`${at}: must be an array of calendars`);
    return;
  }
  let primaries = 0;
  calendars.forEach((calendar, i) => {
    const here = `${at}[${i}]`;
    if (!isObject(calendar)) {
      out.push(`${here}: must be an object`);
      return;
    }
    unknownFields(calendar, CALENDAR_FIELDS, here, out);
    requiredString(calendar, "name", here, out);
    for (const key of ["description", "location", "timezone"]) {
      if (calendar[key] !== undefined && calendar[key] !== null && typeof calendar[key] !== "string") {
        out.push(`${here}.${key}: must be a string or null`);
      }
    }
    if (typeof calendar.timezone === "string" && !isTimeZone(calendar.timezone)) {
      out.push(`${here}.timezone: must be an IANA time zone, e.g. Europe/Paris`);
    }
    if (calendar.primary !== undefined && typeof calendar.primary !== "boolean") {
      out.push(`${here}.primary: must be a boolean`);
    }
    if (calendar.primary === true) primaries += 1;
    if (calendar.events === undefined) return;
    if (!Array.isArray(calendar.events)) {
      out.push(`${here}.events: must be an array of events`);
      return;
    }
    eventSchema ??= {
      validator: new SchemaValidator(spec),
      schema: { $ref: "#/components/schemas/CalendarEventCreate" },
    };
    const { validator, schema } = eventSchema;
    calendar.events.forEach((event, j) => {
      for (const v of validator.validate(schema, event, "body")) {
        out.push(`${here}.events[${j}]${v.at === "body" ? "" : `.${v.at}`}: ${v.problem}`);
      }
    });
  });
  if (primaries > 1) out.push(`${at}: at most one calendar may be "primary"`);
}

function checkTeam(team: unknown, at: string, out: Problems): void {
  if (!isObject(team)) {
    out.push(`${at}: must be an object with "users", "groups" and "memberships" arrays`);
    return;
  }
  unknownFields(team, ["users", "groups", "memberships"], at, out);
  const ids: Record<"users" | "groups", Set<string>> = { users: new Set(), groups: new Set() };
  for (const kind of ["users", "groups"] as const) {
    const list = team[kind];
    if (!Array.isArray(list)) {
      out.push(`${at}.${kind}: must be an array`);
      continue;
    }
    const fields = kind === "users" ? ["id", "name", "email", "role"] : ["id", "name", "role"];
    list.forEach((item, i) => {
      const here = `${at}.${kind}[${i}]`;
      if (!isObject(item)) {
        out.push(`${here}: must be an object`);
        return;
      }
      unknownFields(item, fields, here, out);
      requiredString(item, "id", here, out);
      if (typeof item.id === "string") {
        if (ids[kind].has(item.id)) out.push(`${here}.id: repeats another ${kind.slice(0, -1)}'s id`);
        ids[kind].add(item.id);
      }
      for (const key of fields.slice(1)) {
        if (item[key] !== undefined && item[key] !== null && typeof item[key] !== "string") {
          out.push(`${here}.${key}: must be a string or null`);
        }
      }
    });
  }
  if (!Array.isArray(team.memberships)) {
    out.push(`${at}.memberships: must be an array`);
    return;
  }
  team.memberships.forEach((m, i) => {
    const here = `${at}.memberships[${i}]`;
    if (!isObject(m)) {
      out.push(`${here}: must be an object`);
      return;
    }
    unknownFields(m, ["userId", "groupId", "role"], here, out);
    for (const key of ["userId", "groupId", "role"]) requiredString(m, key, here, out);
    if (typeof m.userId === "string" && !ids.users.has(m.userId)) out.push(`${here}.userId: names no user of the team`);
    if (typeof m.groupId === "string" && !ids.groups.has(m.groupId)) {
      out.push(`${here}.groupId: names no group of the team`);
    }
  });
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function path(at: string, key: string): string {
  return at === "" ? key : `${at}.${key}`;
}

function unknownFields(value: Json, known: string[], at: string, out: Problems): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) out.push(`${path(at, key)}: is not a seed field (known: ${known.join(", ")})`);
  }
}

function requiredString(value: Json, key: string, at: string, out: Problems): void {
  if (typeof value[key] !== "string" || value[key] === "") out.push(`${path(at, key)}: must be a non-empty string`);
}

function optionalString(value: Json, key: string, at: string, out: Problems): void {
  if (value[key] !== undefined) requiredString(value, key, at, out);
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
