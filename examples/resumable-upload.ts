/**
 * A crash-safe upload of a large file: the multipart session and the parts it holds are saved
 * to a checkpoint file as the upload goes, so a process that dies mid-upload (killed, out of
 * memory, a deploy) resumes where it stopped when run again, sending only the missing parts.
 *
 *   npx tsx examples/resumable-upload.ts FILE [CHECKPOINT]
 *
 * uploads FILE to the root folder of the account of `KLOUDLESS_TOKEN`, at `KLOUDLESS_BASE_URL`
 * (absent: the live API). Without a token it starts an emulator and uploads there. Kill it
 * mid-upload and run it again: it reads CHECKPOINT (default `FILE.upload.json`) and resumes.
 */
import { existsSync } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { Account, type MultipartResume } from "../src/index.ts";
import { fileSource } from "../src/node/index.ts";

/** What the upload needs: the account, the file and where its checkpoint lives. */
export interface ResumableUploadConfig {
  /** The API origin; absent, the live API. */
  baseUrl?: string;
  /** A storage account's Bearer token. */
  token: string;
  /** The file to upload. */
  path: string;
  /** The checkpoint file (default `<path>.upload.json`); removed once the upload is complete. */
  checkpoint?: string;
  /** Where lines go (default: console.log). */
  print?: (line: string) => void;
}

/** The uploaded file, and whether this run resumed an earlier one. */
export interface ResumableUploadResult {
  id: string;
  name: string;
  size: number;
  resumedParts: number[];
}

/** Writes the checkpoint atomically: a crash mid-write leaves the previous one whole. */
async function save(path: string, resume: MultipartResume): Promise<void> {
  await writeFile(`${path}.tmp`, JSON.stringify(resume));
  await rename(`${path}.tmp`, path);
}

export async function main(config: ResumableUploadConfig): Promise<ResumableUploadResult> {
  const print = config.print ?? console.log;
  const checkpoint = config.checkpoint ?? `${config.path}.upload.json`;
  const account = new Account({ token: config.token, ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}) });

  const saved = existsSync(checkpoint)
    ? (JSON.parse(await readFile(checkpoint, "utf8")) as MultipartResume)
    : undefined;
  if (saved)
    print(`resuming session ${saved.sessionId}: parts ${saved.completedParts.join(", ") || "none"} are stored`);

  const source = fileSource(config.path);
  let lastPercent = -1;
  const file = await account.storage.files.upload({
    parentId: "root",
    ...source,
    overwrite: true,
    // threshold 0: a session for any size, so that even a small file can resume.
    multipart: { threshold: 0, ...saved, onCheckpoint: (resume) => save(checkpoint, resume) },
    onProgress: ({ loaded, total }) => {
      const percent = Math.floor((100 * loaded) / (total ?? loaded));
      if (percent >= lastPercent + 25 || (percent === 100 && lastPercent < 100)) {
        lastPercent = percent;
        print(`${percent}%`);
      }
    },
  });
  await rm(checkpoint, { force: true }); // done: nothing left to resume
  print(`uploaded ${file.data.name} (${file.data.size} bytes) as ${file.data.id}`);
  return {
    id: file.data.id,
    name: file.data.name,
    size: file.data.size ?? 0,
    resumedParts: saved?.completedParts ?? [],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [path, checkpoint] = process.argv.slice(2);
  if (!path) {
    console.error("usage: resumable-upload.ts FILE [CHECKPOINT]");
    process.exit(2);
  }
  const token = process.env.KLOUDLESS_TOKEN;
  if (token) {
    await main({ token, path, checkpoint, baseUrl: process.env.KLOUDLESS_BASE_URL });
  } else {
    const { startEmulator } = await import("../emulator/src/index.ts");
    const emu = await startEmulator({ port: 0, multipartPartSize: 1024 * 1024 });
    try {
      await main({ token: emu.accounts[0]?.token ?? "", baseUrl: emu.url, path, checkpoint });
    } finally {
      await emu.close();
    }
  }
}
