/**
 * `make demo`: starts the bundled emulator as its own process (as a user would, through
 * its CLI), runs the quick start against it, and stops it.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { main } from "./quickstart.ts";

const emulator = spawn(process.execPath, ["--import", "tsx", "emulator/src/cli.ts", "--port", "0", "--json"], {
  stdio: ["ignore", "pipe", "ignore"],
});
try {
  const [line] = (await Promise.race([
    once(createInterface({ input: emulator.stdout }), "line"),
    once(emulator, "exit").then(([code]) => {
      throw new Error(`the emulator exited with code ${code} before it was ready`);
    }),
  ])) as [string];
  const ready = JSON.parse(line) as { url: string; accounts: { apis: string[]; token: string }[] };
  const withApi = (api: string) => ready.accounts.find((a) => a.apis.includes(api))?.token;
  const storageToken = withApi("storage");
  const calendarToken = withApi("calendar");
  if (!storageToken || !calendarToken) throw new Error("the emulator seed has no storage or calendar account");
  console.log(`Kloudless emulator at ${ready.url}`);
  await main({ baseUrl: ready.url, storageToken, calendarToken });
} finally {
  emulator.kill("SIGTERM");
}
