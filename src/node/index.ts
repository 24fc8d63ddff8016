/**
 * `kloudless-ts/node`: Node-only helpers of the SDK (file paths as upload input, downloads written
 * to disk, a webhook receiver for `node:http` and Express). The main entry `kloudless-ts` stays
 * free of Node built-ins.
 */
export { type FileSource, type FileSourceOptions, fileSource, type SaveToFileOptions, saveToFile } from "./files.ts";
export { createWebhookListener, type WebhookIncomingMessage, type WebhookListener } from "./webhooks.ts";
