/**
 * The smoke scenario (smoke.js) in a Cloudflare Worker: run.ts bundles this module as a worker
 * would be bundled (esbuild, conditions `workerd`, `worker`, `browser`) and runs it in workerd
 * (miniflare). Each request runs the scenario against the emulator named by the bindings and
 * answers the result as JSON.
 */
import * as sdk from "kloudless-ts";
import { smoke } from "./smoke.js";

export default {
  async fetch(_request, env) {
    const result = await smoke(sdk, { baseUrl: env.BASE_URL, token: env.TOKEN, logLevel: env.LOG_LEVEL });
    return Response.json({ runtime: "workerd", version: navigator.userAgent, ...result });
  },
};
