/**
 * The command line of `kloudless-emulator`: its flags (one table, which both the parser and
 * `--help` read, so the help cannot miss a flag), the files they name, and the ready line.
 * Every mistake in the command line is a `UsageError`, which the CLI reports with exit code 2.
 */
import { readFileSync } from "node:fs";
import pkg from "../package.json" with { type: "json" };
import { type FaultRule, parseFaultRule } from "./faults.ts";
import type { EmulatorOptions, RunningEmulator } from "./index.ts";
import { type EmulatorMode, LENIENCY_RULES } from "./leniency.ts";
import { loadSeedFile, type SeedData } from "./seed.ts";

/** The package version, printed by `--version` and in the ready line. */
export const VERSION: string = pkg.version;

/** A mistake in the command line or in a file it names; the CLI exits with code 2. */
export class UsageError extends Error {}

/** What the command line asks for. */
export interface CliOptions {
  help: boolean;
  version: boolean;
  port: number;
  host: string;
  /** `demo`, `empty` or the path of a seed JSON file. */
  seed: string;
  dataDir?: string;
  mode: EmulatorMode;
  /** Path of a JSON file of fault rules. */
  faults?: string;
  webhooks: string[];
  redirectUris: string[];
  maxUploadBytes?: number;
  maxJsonBodyBytes?: number;
  quiet: boolean;
  json: boolean;
}

interface Flag {
  name: string;
  short?: string;
  /** The value's placeholder; boolean flags have none. */
  value?: string;
  repeatable?: boolean;
  help: string;
}

/** Every flag, in the order `--help` lists them. */
export const FLAGS: readonly Flag[] = [
  { name: "port", value: "N", help: "port to listen on (default 8002; 0 picks a free one)" },
  { name: "host", value: "ADDR", help: "interface to listen on (default 127.0.0.1; 0.0.0.0 in a container)" },
  {
    name: "seed",
    value: "demo|empty|FILE",
    help: "initial data: the demo accounts and files (default), the same accounts without files, or a seed JSON file",
  },
  { name: "data-dir", value: "DIR", help: "keep the emulator's state and file contents in DIR across restarts" },
  { name: "strict", help: "refuse every request the spec forbids (default)" },
  { name: "lenient", help: "accept the leniency rules below; answers they allowed carry X-Kloudless-Emulator-Lenient" },
  {
    name: "faults",
    value: "FILE",
    help: "fault rules active from the start: a JSON array of rules, as POST /__emulator/faults takes",
  },
  { name: "webhook", value: "URL", repeatable: true, help: "register a webhook URL of the application (repeatable)" },
  {
    name: "redirect-uri",
    value: "URI",
    repeatable: true,
    help: "register an OAuth redirect URI besides the loopback ones (repeatable)",
  },
  { name: "max-upload-bytes", value: "N", help: "largest binary upload body (default 512 MiB)" },
  { name: "max-json-bytes", value: "N", help: "largest JSON or form body (default 1 MiB)" },
  {
    name: "json",
    help: "print the ready line as one JSON object (url, appId, apiKey, metaToken, mode, accounts with tokens)",
  },
  { name: "quiet", help: "do not log one line per request on stderr" },
  { name: "help", short: "h", help: "print this help and exit" },
  { name: "version", short: "v", help: "print the version and exit" },
];

/** The text of `--help`. */
export function helpText(): string {
  const label = (f: Flag) => `${f.short ? `-${f.short}, ` : "    "}--${f.name}${f.value ? ` ${f.value}` : ""}`;
  const width = Math.max(...FLAGS.map((f) => label(f).length)) + 2;
  return [
    `kloudless-emulator ${VERSION}: a local emulator of the Kloudless API v1`,
    "",
    "usage: kloudless-emulator [options]",
    "",
    "options:",
    ...FLAGS.map((f) => `  ${label(f).padEnd(width)}${f.help}`),
    "",
    `leniency rules (--lenient): ${LENIENCY_RULES.map((r) => r.name).join(", ")}`,
    "",
    "On start it prints one line (the URL, the API key, the meta token, the accounts with their",
    "tokens; with --json, one JSON object), then one line per request on stderr, until SIGINT or",
    "SIGTERM. Exit status: 0 once stopped, 1 when the emulator cannot start, 2 for a bad command",
    "line or an unreadable seed or faults file. Documentation: docs/emulator.md.",
    "",
  ].join("\n");
}

/** Parses the arguments (without `node` and the script); throws a `UsageError` naming the flag at fault. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("-") || arg === "-" || arg === "--") {
      throw new UsageError(`unexpected argument '${arg}' (every option is a --flag)`);
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const given = eq < 0 ? arg : arg.slice(0, eq);
    const flag = FLAGS.find((f) => `--${f.name}` === given || (f.short && `-${f.short}` === given));
    if (!flag) throw new UsageError(`unknown option ${given}`);
    const shown = `--${flag.name}`;
    let value = "";
    if (flag.value === undefined) {
      if (eq >= 0) throw new UsageError(`${shown} takes no value`);
    } else if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${shown} needs a value (${flag.value})`);
      value = next;
      i++;
    }
    if (flag.value !== undefined && value === "") throw new UsageError(`${shown} needs a value (${flag.value})`);
    const list = values.get(flag.name) ?? [];
    if (list.length && !flag.repeatable) throw new UsageError(`${shown} is given more than once`);
    list.push(value);
    values.set(flag.name, list);
  }
  const one = (name: string) => values.get(name)?.[0];
  const has = (name: string) => values.has(name);
  // --help and --version answer whatever the other values are, as long as every flag is known.
  if (has("help") || has("version")) return { ...parseCliArgs([]), help: has("help"), version: has("version") };
  if (has("strict") && has("lenient")) throw new UsageError("--strict and --lenient exclude each other");

  const port = one("port") ?? "8002";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
    throw new UsageError(`--port: not a port number (0 to 65535): ${port}`);
  }
  const options: CliOptions = {
    help: false,
    version: false,
    port: Number(port),
    host: one("host") ?? "127.0.0.1",
    seed: one("seed") ?? "demo",
    mode: has("lenient") ? "lenient" : "strict",
    webhooks: (values.get("webhook") ?? []).map((url) => httpUrl("--webhook", url)),
    redirectUris: (values.get("redirect-uri") ?? []).map((uri) => {
      if (!URL.canParse(uri)) throw new UsageError(`--redirect-uri: not an absolute URI: ${uri}`);
      return uri;
    }),
    quiet: has("quiet"),
    json: has("json"),
  };
  const dataDir = one("data-dir");
  if (dataDir !== undefined) options.dataDir = dataDir;
  const faults = one("faults");
  if (faults !== undefined) options.faults = faults;
  const maxUpload = bytes("--max-upload-bytes", one("max-upload-bytes"));
  if (maxUpload !== undefined) options.maxUploadBytes = maxUpload;
  const maxJson = bytes("--max-json-bytes", one("max-json-bytes"));
  if (maxJson !== undefined) options.maxJsonBodyBytes = maxJson;
  return options;
}

function httpUrl(flag: string, value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new UsageError(`${flag}: not an http(s) URL: ${value}`);
  }
  return value;
}

function bytes(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) <= 0 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${flag}: not a positive number of bytes: ${value}`);
  }
  return Number(value);
}

/** Reads a `--faults` file: a JSON array of fault rules (or one rule); throws a `UsageError` naming the rule at fault. */
export function loadFaultsFile(path: string): FaultRule[] {
  const value = readJsonFile("--faults", path);
  const list = Array.isArray(value) ? value : [value];
  return list.map((rule, i) => {
    try {
      return parseFaultRule(rule);
    } catch (error) {
      throw new UsageError(`--faults: ${path}: ${Array.isArray(value) ? `[${i}]: ` : ""}${(error as Error).message}`);
    }
  });
}

function readJsonFile(flag: string, path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`${flag}: cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${flag}: ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The `seed` option for `--seed`: a built-in seed's name, or the checked content of a seed file. */
export function resolveSeed(seed: string): SeedData | "demo" | "empty" {
  if (seed === "demo" || seed === "empty") return seed;
  try {
    return loadSeedFile(seed);
  } catch (error) {
    throw new UsageError(`--seed: ${(error as Error).message}`);
  }
}

/** The `startEmulator` options a command line asks for (reading the files it names). */
export function emulatorOptions(cli: CliOptions): EmulatorOptions {
  return {
    port: cli.port,
    host: cli.host,
    seed: resolveSeed(cli.seed),
    mode: cli.mode,
    logRequests: !cli.quiet,
    redirectUris: cli.redirectUris,
    webhooks: cli.webhooks,
    ...(cli.faults !== undefined ? { faults: loadFaultsFile(cli.faults) } : {}),
    ...(cli.dataDir !== undefined ? { dataDir: cli.dataDir } : {}),
    ...(cli.maxUploadBytes !== undefined ? { maxUploadBytes: cli.maxUploadBytes } : {}),
    ...(cli.maxJsonBodyBytes !== undefined ? { maxJsonBodyBytes: cli.maxJsonBodyBytes } : {}),
  };
}

/** The ready line: one JSON object with `--json`, else one human-readable line; both hold the credentials. */
export function readyLine(emu: RunningEmulator, json: boolean): string {
  const accounts = emu.accounts.map(({ id, service, apis, token }) => ({ id, service, apis, token }));
  if (json) {
    const { url, appId, apiKey, metaToken, mode } = emu;
    return JSON.stringify({ url, appId, apiKey, metaToken, mode, version: VERSION, accounts });
  }
  const list = accounts.map((a) => `${a.id} ${a.service} token=${a.token}`).join(", ");
  return `kloudless-emulator ${VERSION} (${emu.mode}) at ${emu.url}; API key ${emu.apiKey}; meta token ${emu.metaToken}; app ${emu.appId}; accounts: ${list || "none"}`;
}
