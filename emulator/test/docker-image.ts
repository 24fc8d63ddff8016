/**
 * The container image as a CI service container uses it (`make docker-test`; needs Docker and
 * the `node:20-slim` base image, so it is not part of `make test`):
 * 1. `docker build -f emulator/Dockerfile` from the repository's root;
 * 2. `docker run -d -p 0:8002 <image> --port 8002 --json` (the published port is picked by Docker);
 * 3. the image's health check turns `healthy`, the process runs as the unprivileged `node` user,
 *    and the SDK lists the root folder of the first account the ready line names, through the
 *    published port.
 * Prints one line per check and `N passed, N failed`; exits 1 on any failure.
 */
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { Account, ResourceList } from "../../src/index.ts";
import { check, finish } from "../../test/helpers/checks.ts";

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../..");
const image = "kloudless-emulator:docker-test";
async function docker(...args: string[]): Promise<string> {
  const { stdout } = await run("docker", args, { cwd: repoRoot, maxBuffer: 1 << 24, timeout: 900_000 });
  return stdout.trim();
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function main(): Promise<void> {
  await docker("build", "-q", "-f", "emulator/Dockerfile", "-t", image, ".");
  check(true, "docker build -f emulator/Dockerfile .");
  const container = await docker("run", "-d", "--rm", "-p", "127.0.0.1:0:8002", image, "--port", "8002", "--json");
  try {
    let health = "";
    for (let i = 0; i < 60 && health !== "healthy"; i++) {
      await sleep(1000);
      health = await docker("inspect", "--format", "{{.State.Health.Status}}", container);
    }
    check(health === "healthy", "the image's health check reports healthy", health);
    check((await docker("exec", container, "id", "-un")) === "node", "the emulator runs as the node user");
    const { stdout: logs } = await run("docker", ["logs", container]);
    const ready = JSON.parse(logs.split("\n")[0]!) as { accounts: { token: string }[] };
    const port = (await docker("port", container, "8002/tcp")).split("\n")[0]!.split(":").pop();
    const account = new Account({
      token: ready.accounts[0]!.token,
      baseUrl: `http://127.0.0.1:${port}`,
      maxRetries: 0,
    });
    const root = await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
    check(
      root instanceof ResourceList && root.objects.length > 0,
      "the SDK lists the root folder through the published port",
    );
  } finally {
    await docker("stop", container).catch(() => undefined);
  }
}

main()
  .catch((error: unknown) => check(false, "the image builds and runs", String(error)))
  .finally(() => {
    finish();
  });
