/**
 * The SDK's logger. Silent by default (warnings only); `KLOUDLESS_LOG=debug` or
 * `logger.setLevel("debug")` shows one line per request. Lines never hold credentials.
 * `KLOUDLESS_LOG` is read once, the first time a level is needed.
 * Importing the package configures nothing global.
 */
import { redact } from "./redact.ts";

/** Log levels, most verbose first. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

/** Where log lines go; `console` fits. */
export interface LogSink {
  /** Receives `debug` lines (one per request attempt). */
  debug(message: string, ...args: unknown[]): void;
  /** Receives `info` lines. */
  info(message: string, ...args: unknown[]): void;
  /** Receives `warn` lines. */
  warn(message: string, ...args: unknown[]): void;
  /** Receives `error` lines. */
  error(message: string, ...args: unknown[]): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, off: 100 };

function isLevel(value: string): value is LogLevel {
  return Object.hasOwn(ORDER, value);
}

/** `KLOUDLESS_LOG` once read (`null`: not read yet). */
let envLevel: LogLevel | undefined | null = null;

/**
 * `KLOUDLESS_LOG`, read once, on first use. A runtime without `process.env`, or one that refuses
 * access to it (Deno without `--allow-env` throws `NotCapable`), simply gives no level: no error
 * from reading the environment reaches the caller.
 */
function levelFromEnv(): LogLevel | undefined {
  if (envLevel !== null) return envLevel;
  envLevel = undefined;
  try {
    const proc: unknown = (globalThis as { process?: unknown }).process;
    const env: unknown = typeof proc === "object" && proc !== null ? (proc as { env?: unknown }).env : undefined;
    const raw: unknown =
      typeof env === "object" && env !== null ? (env as Record<string, unknown>).KLOUDLESS_LOG : undefined;
    const value = typeof raw === "string" ? raw.toLowerCase() : "";
    if (isLevel(value)) envLevel = value;
  } catch {
    // No access to the environment: no level from it.
  }
  return envLevel;
}

/** A leveled logger writing redacted lines to a sink. */
export class Logger {
  private level: LogLevel | undefined;
  private sink: LogSink;

  constructor(sink: LogSink = console, level?: LogLevel) {
    this.sink = sink;
    this.level = level;
  }

  /** Sets the level (case-insensitive: `"DEBUG"` works as in the Python SDK). */
  setLevel(level: LogLevel | Uppercase<LogLevel>): void {
    const lower = String(level).toLowerCase();
    if (!isLevel(lower)) throw new RangeError(`unknown log level ${level}`);
    this.level = lower;
  }

  /** The level in force: the one set, else `KLOUDLESS_LOG` (read once, on first use), else `warn`. */
  getLevel(): LogLevel {
    return this.level ?? levelFromEnv() ?? "warn";
  }

  /** Sends lines to another sink (pino, winston, a test array...). */
  setSink(sink: LogSink): void {
    this.sink = sink;
  }

  /** Whether lines of `level` are written; lets callers skip building them. */
  enabled(level: Exclude<LogLevel, "off">): boolean {
    return ORDER[level] >= ORDER[this.getLevel()];
  }

  /** Writes a `debug` line (redacted), when the level allows. */
  debug(message: string): void {
    if (this.enabled("debug")) this.sink.debug(redact(message));
  }
  /** Writes an `info` line (redacted), when the level allows. */
  info(message: string): void {
    if (this.enabled("info")) this.sink.info(redact(message));
  }
  /** Writes a `warn` line (redacted), when the level allows. */
  warn(message: string): void {
    if (this.enabled("warn")) this.sink.warn(redact(message));
  }
  /** Writes an `error` line (redacted), when the level allows. */
  error(message: string): void {
    if (this.enabled("error")) this.sink.error(redact(message));
  }
}

/** The package-wide logger, used by clients created without their own. */
export const logger = new Logger();
