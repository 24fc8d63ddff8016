/**
 * `kloudless/node`: Node-only helpers of the SDK (file paths as upload input, downloads written
 * to disk). The main entry `kloudless` stays free of Node built-ins.
 */
export { type FileSource, type FileSourceOptions, fileSource, type SaveToFileOptions, saveToFile } from "./files.ts";
