/**
 * Benchmark 2: loopback throughput against one `node:http` server (bench/server.ts, its own
 * process), at concurrency 1 and 32: raw `fetch`, the SDK (`account.storage.files.retrieve`)
 * and axios (its Node http adapter, keep-alive agent). Each contender gets the JSON parsed.
 * For reading the SDK's figure, `fetch+timeout` is raw fetch timed out the usual way (an
 * AbortController and a timer per request), as the SDK times out every attempt (with a light
 * signal on Node 20 and 22, src/core/light-signal.ts); `openapi-fetch` is bare openapi-fetch, the
 * layer every SDK request passes through, without and with such a timeout.
 *
 * Contenders are interleaved round by round; the SDK's ratio to raw fetch is taken within each
 * round, then the median over rounds is reported. Each sample starts after a short pause, so
 * that the timers and finalizers the previous contender left behind (an AbortController per
 * request leaves FinalizationRegistry work) run before it, not during it. (Forcing a full GC
 * there instead slows every contender by a third and was dropped.)
 *
 * Usage: node --import tsx bench/throughput.ts [--quick]
 */
import { Agent as HttpAgent } from "node:http";
import axios from "axios";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.ts";
import { FILE_ID, TOKEN } from "./fixtures.ts";
import { emit, flag, log, median, summarize } from "./lib.ts";
import { sdk } from "./sdk.ts";
import { startServer } from "./server.ts";

const quick = flag("quick");
const ROUNDS = quick ? 3 : 9;
const REQUESTS: Record<number, number> = quick ? { 1: 1_000, 32: 2_000 } : { 1: 3_000, 32: 8_000 };
const CONCURRENCY = [1, 32];
const FILE_PATH = "/accounts/{account_id}/storage/files/{file_id}";

/** Lets the previous sample's pending work (timers, finalizers) run before the next sample. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Requests per second of `call`, `total` calls spread over `concurrency` workers, and the
 * client process's CPU microseconds per request.
 */
async function throughput(
  call: () => Promise<unknown>,
  total: number,
  concurrency: number,
): Promise<{ rps: number; cpuMicros: number }> {
  let started = 0;
  const worker = async (): Promise<void> => {
    while (started < total) {
      started++;
      await call();
    }
  };
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return { rps: (total / (performance.now() - t0)) * 1000, cpuMicros: (used.user + used.system) / total };
}

async function main(): Promise<void> {
  const server = await startServer();
  try {
    const fileUrl = `${server.url}/v1/accounts/me/storage/files/${FILE_ID}`;
    const authorization = `Bearer ${TOKEN}`;
    const account = new sdk.Account({ token: TOKEN, baseUrl: server.url });
    const api = createClient<paths>({ baseUrl: `${server.url}/v1`, headers: { authorization } });
    const fileParams = { account_id: "me", file_id: FILE_ID };
    const instance = axios.create({
      baseURL: `${server.url}/v1`,
      headers: { Authorization: authorization },
      httpAgent: new HttpAgent({ keepAlive: true }),
    });
    const contenders: { name: string; call: () => Promise<{ id?: unknown }> }[] = [
      {
        name: "fetch",
        call: async () => {
          const response = await fetch(fileUrl, { headers: { authorization } });
          if (!response.ok) throw new Error(`status ${response.status}`);
          return (await response.json()) as { id: unknown };
        },
      },
      {
        // Raw fetch timed out the usual way: an AbortController and a timer per request.
        name: "fetch+timeout",
        call: async () => {
          const controller = new AbortController();
          const timer = setTimeout(() => controller.abort(), 60_000);
          try {
            const response = await fetch(fileUrl, { headers: { authorization }, signal: controller.signal });
            if (!response.ok) throw new Error(`status ${response.status}`);
            return (await response.json()) as { id: unknown };
          } finally {
            clearTimeout(timer);
          }
        },
      },
      {
        name: "openapi-fetch",
        call: async () => (await api.GET(FILE_PATH, { params: { path: fileParams } })).data as { id: unknown },
      },
      {
        name: "openapi-fetch+timeout",
        call: async () => {
          const controller = new AbortController();
          const timer = setTimeout(() => controller.abort(), 60_000);
          try {
            const { data } = await api.GET(FILE_PATH, { params: { path: fileParams }, signal: controller.signal });
            return data as { id: unknown };
          } finally {
            clearTimeout(timer);
          }
        },
      },
      { name: "sdk", call: async () => (await account.storage.files.retrieve(FILE_ID)).data },
      { name: "axios", call: async () => (await instance.get(`/accounts/me/storage/files/${FILE_ID}`)).data },
    ];
    for (const c of contenders) {
      const first = await c.call();
      if (first.id !== FILE_ID) throw new Error(`${c.name} did not answer the file`);
      await throughput(c.call, quick ? 200 : 1_000, 8);
    }
    const results: Record<string, unknown> = {};
    for (const concurrency of CONCURRENCY) {
      const samples: Record<string, number[]> = Object.fromEntries(contenders.map((c) => [c.name, []]));
      const cpu: Record<string, number[]> = Object.fromEntries(contenders.map((c) => [c.name, []]));
      const compared = ["sdk", "fetch+timeout", "openapi-fetch", "openapi-fetch+timeout", "axios"];
      const ratios: Record<string, number[]> = Object.fromEntries(compared.map((name) => [name, []]));
      const sdkToTimeout: number[] = [];
      const sdkToLayer: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
        const rps: Record<string, number> = {};
        const us: Record<string, number> = {};
        for (const c of order) {
          await settle();
          const t = await throughput(c.call, REQUESTS[concurrency]!, concurrency);
          rps[c.name] = t.rps;
          us[c.name] = t.cpuMicros;
          samples[c.name]!.push(t.rps);
          cpu[c.name]!.push(t.cpuMicros);
        }
        for (const name of compared) ratios[name]!.push(rps[name]! / rps.fetch!);
        sdkToTimeout.push(rps.sdk! / rps["fetch+timeout"]!);
        sdkToLayer.push(rps.sdk! / rps["openapi-fetch+timeout"]!);
        log(
          `  c=${concurrency} round ${round + 1}/${ROUNDS}: ${contenders.map((c) => `${c.name} ${Math.round(rps[c.name]!)}/s (${Math.round(us[c.name]!)} µs CPU)`).join(", ")}`,
        );
      }
      results[`c${concurrency}`] = {
        concurrency,
        requests: REQUESTS[concurrency],
        requestsPerSec: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v, 0)])),
        cpuMicrosPerRequest: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, summarize(v, 1)])),
        ratioToFetch: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, summarize(v, 3)])),
        sdkToFetchWithTimeout: summarize(sdkToTimeout, 3),
        sdkToOpenapiFetchWithTimeout: summarize(sdkToLayer, 3),
        met: median(ratios.sdk!) >= 0.95,
      };
    }
    emit({
      rounds: ROUNDS,
      ...results,
      budget: { metric: "sdk req/s ÷ raw fetch req/s, at concurrency 1 and 32", min: 0.95 },
      met: CONCURRENCY.every((c) => (results[`c${c}`] as { met: boolean }).met),
    });
  } finally {
    await server.close();
  }
}

await main();
