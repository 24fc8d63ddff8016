/**
 * Changes to a drive that the activity log must see: writing a file (quota checked, a name
 * clash renamed or overwritten) and recording an event with the object as it now is. Shared by
 * the handlers, the seed and direct uploads, so that every way in records the same events.
 */
import { recordActivity } from "./activity.ts";
import type { BlobRef } from "./blob-store.ts";
import { EmuError } from "./errors.ts";
import type { EmulatorState } from "./state.ts";
import type { StorageOptions } from "./storage-common.ts";
import {
  attach,
  type Drive,
  findChild,
  freeName,
  newNode,
  type StorageNode,
  sizeOf,
  stamp,
  touch,
  type UserRef,
  usedBytes,
} from "./storage-tree.ts";
import { nodeJson } from "./storage-views.ts";
import type { ActivityInput } from "./types.ts";

/** Refuses (507) a write of `extra` more bytes that would pass the quota. */
export function checkQuota(drive: Drive, options: StorageOptions, extra: number): void {
  if (usedBytes(drive) + extra > options.quotaBytes) {
    throw new EmuError(507, "insufficient_storage", "Not enough space left in the account to store the file.");
  }
}

/** Where activity goes and how objects are rendered for it. */
export interface ChangeContext {
  state: EmulatorState;
  baseUrl: string;
  options: StorageOptions;
  userId: string | null;
}

/** Records a `type` event of `node` in the drive's account activity (with the object before, when given). */
export function record(
  cx: ChangeContext,
  drive: Drive,
  type: string,
  node: StorageNode,
  previous?: Record<string, unknown>,
): void {
  // Events keep the upstream object; `events.list` leaves it out unless raw data is asked for.
  const event: ActivityInput = { type, metadata: nodeJson(cx.baseUrl, drive, node, true), userId: cx.userId };
  if (previous) event.previousMetadata = previous;
  recordActivity(cx.state, drive.account, event);
}

/**
 * Writes a file into `folder`: replaces the first same-named file with `overwrite`, else adds
 * it under a free name. Returns the node and whether it was created.
 */
export function writeFile(
  cx: ChangeContext,
  drive: Drive,
  folder: StorageNode,
  name: string,
  bytes: BlobRef,
  overwrite: boolean,
  actor: UserRef,
): { node: StorageNode; created: boolean } {
  const existing = findChild(drive, folder.id, name);
  if (overwrite && existing?.kind === "file") {
    checkQuota(drive, cx.options, bytes.size - sizeOf(existing));
    const previous = nodeJson(cx.baseUrl, drive, existing, true);
    existing.blob = bytes;
    existing.modified = stamp();
    existing.lastModifier = actor;
    record(cx, drive, "update", existing, previous);
    return { node: existing, created: false };
  }
  checkQuota(drive, cx.options, bytes.size);
  const node = newNode(drive, "file", freeName(drive, folder.id, name), folder.id, actor, bytes);
  attach(drive, node);
  touch(drive, folder);
  record(cx, drive, "add", node);
  return { node, created: true };
}
