/**
 * The smoke scenario (smoke.js) under Node, Bun and Deno: imports the package by name, as an app
 * would (Node and Bun resolve `kloudless-ts` through package.json's `exports`, Deno through the
 * import map run.ts gives it), and prints one JSON line: the runtime, its version and the result.
 * Arguments: the emulator's base URL, an account token, the log level `logger` must report.
 */
import * as sdk from "kloudless-ts";
import { smoke } from "./smoke.js";

const deno = globalThis.Deno;
const bun = globalThis.Bun;
const [baseUrl, token, logLevel] = deno ? deno.args : process.argv.slice(2);
const runtime = deno ? "deno" : bun ? "bun" : "node";
const version = deno ? deno.version.deno : bun ? bun.version : process.versions.node;
const result = await smoke(sdk, { baseUrl, token, logLevel });
console.log(JSON.stringify({ runtime, version, ...result }));
