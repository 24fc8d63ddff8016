import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/src/index.ts";
import { main } from "../../examples/resumable-upload.ts";
import type { MultipartResume } from "../../src/helpers/transfers.ts";
import { Account } from "../../src/index.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
const PART = 256 * 1024;
const PARTS = 8;
let emu: Emulator;
let dir: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, multipartPartSize: PART });
  dir = mkdtempSync(join(tmpdir(), "kloudless-resume-"));
});

afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("examples/resumable-upload.ts", () => {
  it("resumes after the process is killed mid-upload, sending only the parts the checkpoint lacks", async () => {
    const account = emu.accounts[0]!;
    const path = join(dir, "backup.bin");
    const bytes = Buffer.alloc(PART * PARTS - 1000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 10)) % 251;
    writeFileSync(path, bytes);
    const checkpoint = join(dir, "backup.checkpoint.json");

    // Slow parts, so that the process is surely mid-upload when it is killed.
    emu.faults.add({ kind: "latency", delayMs: 150, match: { operationId: "storage.multipart.uploadPart" } });
    const child = spawn(process.execPath, ["--import", "tsx", "examples/resumable-upload.ts", path, checkpoint], {
      env: { ...process.env, KLOUDLESS_TOKEN: account.token, KLOUDLESS_BASE_URL: emu.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on("exit", (code, signal) => resolve(signal ?? code)),
    );
    let saved: MultipartResume | undefined;
    for (let i = 0; i < 300; i++) {
      if (existsSync(checkpoint)) {
        saved = JSON.parse(readFileSync(checkpoint, "utf8")) as MultipartResume;
        if (saved.completedParts.length >= 2) break;
      }
      await sleep(20);
    }
    child.kill("SIGKILL");
    expect(await exited, stderr).toBe("SIGKILL");
    emu.faults.clear();

    // The checkpoint on disk now may hold one part more than the one read; the resumed run reads the file.
    saved = JSON.parse(readFileSync(checkpoint, "utf8")) as MultipartResume;
    expect(saved.completedParts.length).toBeGreaterThanOrEqual(2);
    expect(saved.completedParts.length).toBeLessThan(PARTS);

    const before = emu.requests.length;
    const lines: string[] = [];
    const result = await main({
      baseUrl: emu.url,
      token: account.token,
      path,
      checkpoint,
      print: (line) => lines.push(line),
    });
    expect(lines[0]).toBe(`resuming session ${saved.sessionId}: parts ${saved.completedParts.join(", ")} are stored`);
    expect(result.resumedParts).toEqual(saved.completedParts);
    expect(result.size).toBe(bytes.length);
    expect(existsSync(checkpoint)).toBe(false);

    // Only the missing parts went over the wire, into the same session. (The killed process's
    // last requests may be logged late, into this window; they too lack the saved parts.)
    const partsSent = emu.requests
      .slice(before)
      .filter((r) => r.operationId === "storage.multipart.uploadPart")
      .map((r) => {
        expect(r.path).toContain(`/multipart/${saved?.sessionId}`);
        return { part: Number(new URLSearchParams(r.query).get("part_number")), status: r.status };
      });
    const missing = Array.from({ length: PARTS }, (_, i) => i + 1).filter((n) => !saved?.completedParts.includes(n));
    expect(partsSent.filter((p) => saved?.completedParts.includes(p.part))).toEqual([]);
    expect([...new Set(partsSent.filter((p) => p.status === 200).map((p) => p.part))].sort((a, b) => a - b)).toEqual(
      missing,
    );

    const download = await new Account({ token: account.token, baseUrl: emu.url }).storage.files.download(result.id);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
