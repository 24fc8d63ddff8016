/**
 * Benchmark 3: paging 100,000 resources over 1,000 pages against a loopback server
 * (bench/server.ts, its own process), with the SDK's paging iterator
 * (`for await (const file of await account.storage.folders.listContents("root"))`) beside a
 * hand-written raw `fetch` loop following `next_page`.
 *
 * - Time: full runs, SDK and raw interleaved; the ratio raw time ÷ SDK time is taken per round.
 *   `sdk-pages` (for reading the figure, not budgeted): the SDK walking the pages itself with
 *   `getNextPage()`, without the `for await` over every resource.
 * - Memory (a separate run, needs `--expose-gc`): the used heap after GC is sampled every 100
 *   pages while the iterator is alive, and once more after the loop; growth is measured from
 *   the heap after GC just before the first page.
 *
 * Usage: node --expose-gc --import tsx bench/paging.ts [--quick]
 */

import { TOKEN } from "./fixtures.ts";
import { emit, flag, log, median, settledHeap, summarize } from "./lib.ts";
import { sdk as kloudless } from "./sdk.ts";
import { startServer } from "./server.ts";

const quick = flag("quick");
const PAGES = quick ? 200 : 1_000;
const PER_PAGE = 100;
const ROUNDS = quick ? 2 : 7;
const MiB = 1024 * 1024;

async function main(): Promise<void> {
  const server = await startServer(PAGES, PER_PAGE);
  try {
    const account = new kloudless.Account({ token: TOKEN, baseUrl: server.url });
    const authorization = `Bearer ${TOKEN}`;
    const listUrl = `${server.url}/v1/accounts/me/storage/folders/root/contents`;

    /** The SDK's paging iterator; `onPage` sees each page boundary (memory run). */
    const sdk = async (onPage?: (page: number) => Promise<void>): Promise<number> => {
      let count = 0;
      let sizes = 0;
      const list = await account.storage.folders.listContents("root");
      for await (const item of list) {
        sizes += (item.data as { size: number }).size;
        count++;
        if (onPage && count % PER_PAGE === 0) await onPage(count / PER_PAGE);
      }
      if (sizes < 0) throw new Error("unreachable");
      return count;
    };

    /** A hand-written raw fetch loop over `next_page`. */
    const raw = async (onPage?: (page: number) => Promise<void>): Promise<number> => {
      let count = 0;
      let sizes = 0;
      let page: number | string | null = 1;
      while (page !== null && page !== undefined) {
        const response = await fetch(`${listUrl}?page=${page}`, { headers: { authorization } });
        if (!response.ok) throw new Error(`status ${response.status}`);
        const body = (await response.json()) as { objects: { size: number }[]; next_page: number | null };
        for (const item of body.objects) {
          sizes += item.size;
          count++;
        }
        if (onPage) await onPage(count / PER_PAGE);
        page = body.next_page;
      }
      if (sizes < 0) throw new Error("unreachable");
      return count;
    };

    /** The SDK page by page (`getNextPage()`, no `for await` per resource): where the time goes. */
    const sdkPages = async (): Promise<number> => {
      let count = 0;
      let sizes = 0;
      let list = await account.storage.folders.listContents("root");
      for (;;) {
        for (const item of list) {
          sizes += (item.data as { size: number }).size;
          count++;
        }
        if (!list.hasNextPage()) break;
        list = await list.getNextPage();
      }
      if (sizes < 0) throw new Error("unreachable");
      return count;
    };

    const expected = PAGES * PER_PAGE;
    for (const [name, run] of [
      ["sdk", sdk],
      ["sdk-pages", sdkPages],
      ["raw", raw],
    ] as const) {
      const count = await run();
      if (count !== expected) throw new Error(`${name} saw ${count} resources, expected ${expected}`);
    }

    // Time.
    type Name = "sdk" | "sdk-pages" | "raw";
    const runs: Record<Name, () => Promise<number>> = { sdk: () => sdk(), "sdk-pages": sdkPages, raw: () => raw() };
    const seconds: Record<Name, number[]> = { sdk: [], "sdk-pages": [], raw: [] };
    const cpuSeconds: Record<Name, number[]> = { sdk: [], "sdk-pages": [], raw: [] };
    const ratios: number[] = [];
    const cpuRatios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const names: Name[] = ["sdk", "sdk-pages", "raw"];
      const order = names.map((_, i) => names[(i + round) % names.length]!);
      const t: Record<string, number> = {};
      const c: Record<string, number> = {};
      for (const name of order) {
        const cpu = process.cpuUsage();
        const t0 = performance.now();
        await runs[name]();
        t[name] = (performance.now() - t0) / 1000;
        const used = process.cpuUsage(cpu);
        c[name] = (used.user + used.system) / 1e6;
        seconds[name].push(t[name]!);
        cpuSeconds[name].push(c[name]!);
      }
      ratios.push(t.raw! / t.sdk!);
      cpuRatios.push(c.raw! / c.sdk!);
      log(
        `  round ${round + 1}/${ROUNDS}: ${order.map((name) => `${name} ${t[name]!.toFixed(2)} s (${c[name]!.toFixed(2)} s CPU)`).join(", ")}`,
      );
    }

    // Memory: heap after GC while the iterator runs, and after it.
    const memory: Record<string, { peakGrowthMiB: number; afterGrowthMiB: number }> = {};
    for (const [name, run] of [
      ["sdk", sdk],
      ["raw", raw],
    ] as const) {
      const base = await settledHeap();
      let peak = Number.NEGATIVE_INFINITY;
      await run(async (page) => {
        if (page % 100 === 0) peak = Math.max(peak, (await settledHeap()) - base);
      });
      const after = (await settledHeap()) - base;
      memory[name] = {
        peakGrowthMiB: Number((Math.max(peak, after) / MiB).toFixed(2)),
        afterGrowthMiB: Number((after / MiB).toFixed(2)),
      };
      log(
        `  heap growth ${name}: ${memory[name].peakGrowthMiB} MiB while paging, ${memory[name].afterGrowthMiB} after`,
      );
    }

    const ratio = median(ratios);
    const heapMet = memory.sdk!.peakGrowthMiB < 16;
    emit({
      pages: PAGES,
      perPage: PER_PAGE,
      resources: expected,
      rounds: ROUNDS,
      seconds: Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, summarize(v, 3)])),
      cpuSeconds: Object.fromEntries(Object.entries(cpuSeconds).map(([k, v]) => [k, summarize(v, 3)])),
      ratioRawToSdk: summarize(ratios, 3),
      cpuRatioRawToSdk: summarize(cpuRatios, 3),
      memory,
      budget: {
        heap: { metric: "heap growth after GC while paging (SDK)", maxMiB: 16, met: heapMet },
        time: { metric: "raw fetch loop time ÷ SDK time", min: 0.9, met: ratio >= 0.9 },
      },
      met: heapMet && ratio >= 0.9,
    });
  } finally {
    await server.close();
  }
}

await main();
