/**
 * The checks of the scripts that run outside Vitest (the package, browser and container checks):
 * one line per check, `ok` or `FAIL` with its detail, then `N passed, N failed` and exit 1 on any
 * failure. Each script is its own process, so the counts are this module's.
 */
let passed = 0;
let failed = 0;

/** Counts and prints one check; `detail` is printed (indented) only when it failed. */
export function check(ok: boolean, name: string, detail = ""): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${!ok && detail ? `\n     ${detail.replaceAll("\n", "\n     ")}` : ""}`);
}

/** Prints the counts and ends the process: exit 1 when any check failed. */
export function finish(): never {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
