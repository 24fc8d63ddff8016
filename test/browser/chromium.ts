/**
 * Where the OS put Chromium, for the tests that drive it headless (test/browser/run.ts, the
 * runtime matrix): `$CHROMIUM` when set, else the first of `chromium`, `chromium-browser`,
 * `google-chrome`, `google-chrome-stable` on `PATH`, else `/usr/bin/chromium`.
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Executable names tried on `PATH`, in order. */
export const CHROMIUM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] as const;

/** Flags of a headless run that talks to nothing but the test's servers. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium executable to launch, or undefined when none is found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM) return executable(env.CHROMIUM) ? env.CHROMIUM : undefined;
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (executable(file)) return file;
    }
  }
  return executable("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

/** The message of a test that needs Chromium and found none. */
export const NO_CHROMIUM = `no Chromium found (set CHROMIUM, or put one of ${CHROMIUM_NAMES.join(", ")} on PATH; Debian: apt-get install -y chromium, as .ci/run does)`;
