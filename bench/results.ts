/** The shape of bench/results.json: written by bench/run.ts, rendered by bench/report.ts. */

/** Everything results.json holds. */
export interface Results {
  generatedBy: string;
  date: string;
  quick: boolean;
  machine: Record<string, unknown>;
  versions: Record<string, string>;
  git: { commit: string; dirtyFiles: number };
  benchmarks: Record<string, BenchRecord>;
}

/** One benchmark's entry in results.json. */
export interface BenchRecord {
  title: string;
  status: "ok" | "failed" | "pending";
  date?: string;
  seconds?: number;
  /** 1-minute load average before and after (other jobs share the machine). */
  load?: [number, number];
  quick?: boolean;
  result?: Record<string, unknown>;
  error?: string;
  note?: string;
}
