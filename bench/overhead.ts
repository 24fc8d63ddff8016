/**
 * Benchmark 1: client overhead with a stubbed fetch (no network).
 *
 * Four ways to GET one file's metadata, each answered by the same prebuilt payload:
 * - `sdk-method`: `account.storage.files.retrieve(id)` (generated per-operation method);
 * - `sdk-path`:   `account.get("storage/files/{file_id}", { path: { file_id: "ID" } })` (typed path call);
 * - `openapi-fetch`: bare `createClient<paths>().GET(...)` with the generated `paths` types;
 * - `axios`: an axios instance whose custom adapter returns the payload (parsed by axios).
 *
 * Every fetch-based contender gets the same stub: like fetch, it makes a `Request` of its
 * arguments, then returns the next `Response` of a pool built before the timed batch (a body
 * can be read only once), so building responses is not timed. Contenders are interleaved round by round, and the ratios are taken within a round,
 * so that load from other processes hits all of them alike.
 *
 * Usage: node --import tsx bench/overhead.ts [--quick] [--only sdk-method]
 * Profile: node --cpu-prof --cpu-prof-dir .tmp/prof --import tsx bench/overhead.ts --only sdk-method
 */
import axios, { type AxiosResponse, type InternalAxiosRequestConfig } from "axios";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.ts";
import { BASE_URL, FILE_ID, FILE_JSON, JSON_HEADERS, TOKEN } from "./fixtures.ts";
import { emit, flag, log, median, summarize, timeBatch } from "./lib.ts";
import { sdk } from "./sdk.ts";

const quick = flag("quick");
/** `--only NAME`: time one contender alone (for `node --cpu-prof`). */
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const BATCH = quick ? 2_000 : 10_000;
const ROUNDS = quick ? 3 : 9;
const WARMUP = quick ? 2_000 : 20_000;

let pool: globalThis.Response[] = [];
let next = 0;
function refill(n: number): void {
  pool = [];
  for (let i = 0; i < n; i++) pool.push(new Response(FILE_JSON, { status: 200, headers: JSON_HEADERS }));
  next = 0;
}
/**
 * The stubbed fetch. Like the real one, it starts by making a `Request` of its arguments (so a
 * client calling `fetch(url, init)` and one calling `fetch(request)` pay the same), then answers
 * from the pool instead of the network.
 */
const stubFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<globalThis.Response> => {
  const request = new Request(input, init);
  const response = pool[next++];
  if (!response || !request.url) throw new Error("response pool exhausted");
  return Promise.resolve(response);
};

// The stub replaces the global fetch, which every client uses by default (as most users run
// them); `sdk-custom-fetch` passes it as the `fetch` option instead.
globalThis.fetch = stubFetch as typeof fetch;
const account = new sdk.Account({ token: TOKEN, baseUrl: BASE_URL });
const customFetchAccount = new sdk.Account({ token: TOKEN, baseUrl: BASE_URL, fetch: stubFetch });
const bare = createClient<paths>({ baseUrl: `${BASE_URL}/v1` });
const authorization = `Bearer ${TOKEN}`;
const instance = axios.create({
  baseURL: `${BASE_URL}/v1`,
  headers: { Authorization: authorization },
  adapter: (config: InternalAxiosRequestConfig): Promise<AxiosResponse> =>
    Promise.resolve({
      data: FILE_JSON,
      status: 200,
      statusText: "OK",
      headers: { ...JSON_HEADERS },
      config,
      request: {},
    }),
});

/** File ids cycle over 1,000 values, so that no client sees one URL again and again. */
const IDS = Array.from({ length: 1_000 }, (_, i) => `${FILE_ID}${i}`);
let idIndex = 0;
const nextId = (): string => IDS[idIndex++ % IDS.length]!;

type Contender = { name: string; call: () => Promise<unknown>; check: (value: unknown) => boolean };

const all: Contender[] = [
  {
    name: "sdk-method",
    call: () => account.storage.files.retrieve(nextId()),
    check: (r) => (r as { data: { id: string } }).data.id === FILE_ID,
  },
  {
    name: "sdk-path",
    call: () => account.get("storage/files/{file_id}", { path: { file_id: nextId() } }),
    check: (r) => (r as { data: { id: string } }).data.id === FILE_ID,
  },
  {
    name: "sdk-custom-fetch",
    call: () => customFetchAccount.storage.files.retrieve(nextId()),
    check: (r) => (r as { data: { id: string } }).data.id === FILE_ID,
  },
  {
    name: "openapi-fetch",
    call: () =>
      bare.GET("/accounts/{account_id}/storage/files/{file_id}", {
        params: { path: { account_id: "me", file_id: nextId() } },
        headers: { Authorization: authorization },
      }),
    check: (r) => (r as { data: { id: string } }).data.id === FILE_ID,
  },
  {
    name: "axios",
    call: () => instance.get(`/accounts/me/storage/files/${nextId()}`),
    check: (r) => (r as { data: { id: string } }).data.id === FILE_ID,
  },
];
const contenders = only ? all.filter((c) => c.name === only) : all;

async function main(): Promise<void> {
  for (const c of contenders) {
    refill(1);
    if (!c.check(await c.call())) throw new Error(`${c.name} did not answer the file`);
    refill(WARMUP);
    for (let i = 0; i < WARMUP; i++) await c.call();
  }
  const samples: Record<string, number[]> = Object.fromEntries(contenders.map((c) => [c.name, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(contenders.map((c) => [c.name, []]));
  const compared = contenders.map((c) => c.name).filter((name) => name !== "openapi-fetch");
  const ratios: Record<string, number[]> = Object.fromEntries(compared.map((name) => [name, []]));
  const cpuRatios: Record<string, number[]> = Object.fromEntries(compared.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order so that no contender always runs first in a round.
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
    const ops: Record<string, number> = {};
    const us: Record<string, number> = {};
    for (const c of order) {
      refill(BATCH);
      const timing = await timeBatch(c.call, BATCH);
      ops[c.name] = timing.opsPerSec;
      us[c.name] = timing.cpuMicrosPerOp;
      samples[c.name]!.push(timing.opsPerSec);
      cpu[c.name]!.push(timing.cpuMicrosPerOp);
    }
    if (!only) {
      for (const name of Object.keys(ratios)) {
        ratios[name]!.push(ops[name]! / ops["openapi-fetch"]!);
        // Ops per CPU-second, relative: the inverse ratio of CPU time per call.
        cpuRatios[name]!.push(us["openapi-fetch"]! / us[name]!);
      }
    }
    log(
      `  round ${round + 1}/${ROUNDS}: ${contenders.map((c) => `${c.name} ${Math.round(ops[c.name]!)}/s (${us[c.name]!.toFixed(1)} µs CPU)`).join(", ")}`,
    );
  }
  const opsPerSec = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v, 0)]));
  const cpuMicrosPerOp = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, summarize(v, 2)]));
  const ratioToOpenapiFetch = Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, summarize(v, 3)]));
  const cpuRatioToOpenapiFetch = Object.fromEntries(Object.entries(cpuRatios).map(([k, v]) => [k, summarize(v, 3)]));
  // The SDK runs on openapi-fetch: a typed call must cost no more than using it bare.
  const budget = 1.0;
  emit({
    batch: BATCH,
    rounds: ROUNDS,
    opsPerSec,
    cpuMicrosPerOp,
    ratioToOpenapiFetch,
    cpuRatioToOpenapiFetch,
    budget: { metric: "sdk-method ops/s ÷ openapi-fetch ops/s", min: budget },
    met: median(ratios["sdk-method"]!) >= budget,
  });
}

await main();
