#!/usr/bin/env node
/**
 * `kloudless-emulator [--port 8002] [--host 127.0.0.1] [--seed demo|empty|FILE] [--lenient] ...`
 * (`--help` lists every flag; cli-args.ts parses them): runs the emulator until SIGINT/SIGTERM.
 * Prints one ready line on stdout (with `--json`, one JSON object: `url`, `appId`, `apiKey`,
 * `metaToken`, `mode`, `version`, `accounts` with their tokens), so that scripts and other
 * languages' test suites can start it and read their credentials; then logs one line per
 * request on stderr (method, path, status, time; never credentials).
 * Exit codes: 2 for a bad command line or an unreadable seed or faults file, 1 when the
 * emulator cannot start (port taken, webhook refused), 0 once stopped by a signal.
 */
import { emulatorOptions, helpText, parseCliArgs, readyLine, UsageError, VERSION } from "./cli-args.ts";
import { startEmulator } from "./index.ts";

async function main(): Promise<void> {
  const cli = parseCliArgs(process.argv.slice(2));
  if (cli.help) return void process.stdout.write(helpText());
  if (cli.version) return void process.stdout.write(`${VERSION}\n`);
  const emu = await startEmulator(emulatorOptions(cli));
  process.stdout.write(`${readyLine(emu, cli.json)}\n`);

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
  const usage = err instanceof UsageError;
  const hint = usage ? "\nRun kloudless-emulator --help for the options." : "";
  process.stderr.write(`kloudless-emulator: ${(err as Error).message ?? String(err)}${hint}\n`);
  process.exitCode = usage ? 2 : 1;
});
