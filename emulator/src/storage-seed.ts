/**
 * Seeding a storage account's drive with a file tree (`seed.storage` of the emulator's seed),
 * through the same writes as uploads so the activity log shows the seeded files as added.
 */
import { Buffer } from "node:buffer";
import type { EmulatorState } from "./state.ts";
import { type ChangeContext, record, writeFile } from "./storage-changes.ts";
import { DEFAULT_STORAGE_OPTIONS } from "./storage-common.ts";
import { attach, driveOf, newNode, ownerOf, type StorageNode } from "./storage-tree.ts";
import type { AccountRecord } from "./types.ts";

/**
 * One entry of a seeded file tree: a folder when it has `children`, else a file whose bytes are
 * `content` (UTF-8 text) or `base64`.
 */
export interface StorageSeedEntry {
  name: string;
  children?: StorageSeedEntry[];
  content?: string;
  base64?: string;
}

/** Fills `account`'s drive with `entries` under the root, recording an `add` event for each. */
export function seedStorage(
  state: EmulatorState,
  account: AccountRecord,
  entries: StorageSeedEntry[],
  baseUrl: string,
): void {
  const drive = driveOf(state, account);
  const cx: ChangeContext = {
    state,
    baseUrl,
    options: { ...DEFAULT_STORAGE_OPTIONS, quotaBytes: Number.POSITIVE_INFINITY },
    userId: null,
  };
  const actor = ownerOf(account);
  const add = (folder: StorageNode, list: StorageSeedEntry[]): void => {
    for (const entry of list) {
      if (entry.children) {
        const sub = newNode(drive, "folder", entry.name, folder.id, actor);
        attach(drive, sub);
        record(cx, drive, "add", sub);
        add(sub, entry.children);
      } else {
        const bytes =
          entry.base64 !== undefined ? Buffer.from(entry.base64, "base64") : Buffer.from(entry.content ?? "", "utf8");
        const blob = state.blobs.putBytes(bytes);
        writeFile(cx, drive, folder, entry.name, blob, false, actor);
        state.blobs.release(blob);
      }
    }
  };
  add(drive.nodes.get(drive.rootId) as StorageNode, entries);
}
