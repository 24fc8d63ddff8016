#!/usr/bin/env node
/**
 * `kloudless-emulator --port 8002 [--host 127.0.0.1] [--seed FILE] [--data-dir DIR] [--webhook URL]...`: runs the emulator until
 * SIGINT/SIGTERM. Prints exactly one JSON line on stdout when ready (`url`, `appId`, `apiKey`,
 * `metaToken`, `accounts` with their tokens), so scripts and other languages' test suites can
 * start it and read their credentials; then logs one line per request on stderr (method, path,
 * status, time; never credentials).
 */
import { parseArgs } from "node:util";
import { startEmulator } from "./index.ts";
import { loadSeedFile } from "./seed.ts";

const USAGE =
  "usage: kloudless-emulator [--port 8002] [--host 127.0.0.1] [--seed FILE] [--data-dir DIR] [--webhook URL]... [--redirect-uri URI]... [--max-upload-bytes N] [--max-json-bytes N] [--quiet]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8002" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string" },
      "data-dir": { type: "string" },
      webhook: { type: "string", multiple: true },
      "redirect-uri": { type: "string", multiple: true },
      "max-upload-bytes": { type: "string" },
      "max-json-bytes": { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);

  const bytes = (flag: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${flag}: not a positive number of bytes: ${value}`);
    return n;
  };
  const maxUploadBytes = bytes("max-upload-bytes", values["max-upload-bytes"]);
  const maxJsonBodyBytes = bytes("max-json-bytes", values["max-json-bytes"]);

  const emu = await startEmulator({
    ...(maxUploadBytes !== undefined ? { maxUploadBytes } : {}),
    ...(maxJsonBodyBytes !== undefined ? { maxJsonBodyBytes } : {}),
    port,
    host: values.host,
    seed: values.seed ? loadSeedFile(values.seed) : "demo",
    ...(values["data-dir"] !== undefined ? { dataDir: values["data-dir"] } : {}),
    logRequests: !values.quiet,
    redirectUris: values["redirect-uri"] ?? [],
    webhooks: values.webhook ?? [],
  });
  const ready = {
    url: emu.url,
    appId: emu.appId,
    apiKey: emu.apiKey,
    metaToken: emu.metaToken,
    accounts: emu.accounts.map(({ id, service, apis, token }) => ({ id, service, apis, token })),
  };
  process.stdout.write(`${JSON.stringify(ready)}\n`);

  const stop = () => {
    emu.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`kloudless-emulator: ${(err as Error).message ?? String(err)}\n${USAGE}\n`);
  process.exit(1);
});
