/**
 * Light abort controllers for the attempts sent with the platform fetch outside browsers. Every
 * attempt needs a signal its deadline can abort (attempt.ts), and on Node a platform
 * `AbortController` is one of the costliest parts of a request: its signal is an `EventTarget`,
 * and Node's fetch raises its listener limit and listens on it for every request (about a tenth
 * of a loopback request's CPU at concurrency 32, BENCHMARKS.md). Node's fetch takes any object
 * with `aborted`, `reason` and `addEventListener` as a signal and follows it as it follows a real
 * one; other platforms refuse such an object, or may take it and ignore it. So the platform's
 * `Request` is probed once: light controllers are used only where a `Request` given a light
 * signal is aborted with it, with its reason. A custom `fetch` always gets platform signals.
 *
 * Loaded by the transport on a client's first request (never in browsers).
 */

/** What an attempt needs of its controller: a signal for fetch, and `abort`. */
export interface AttemptController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}

type Listener = (this: LightSignal, event: { type: "abort"; target: LightSignal }) => void;

/** The part of `AbortSignal` that fetch reads. */
class LightSignal {
  aborted = false;
  reason: unknown = undefined;
  /**
   * What `node:events`' `getMaxListeners` reads of an emitter-like object. Node's fetch asks it
   * of every signal and raises a default limit (which throws, and is caught, for an object that
   * is not an emitter); at this value (Node's own raised one) it leaves the signal alone.
   */
  readonly _maxListeners = 1500;
  /** @internal */
  readonly listenersOfAbort: Listener[] = [];

  addEventListener(type: string, listener: Listener): void {
    if (type === "abort" && !this.aborted) this.listenersOfAbort.push(listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    const at = type === "abort" ? this.listenersOfAbort.indexOf(listener) : -1;
    if (at >= 0) this.listenersOfAbort.splice(at, 1);
  }

  /** As on an emitter (`node:events`' `getEventListeners` calls it). */
  listeners(type: string): Listener[] {
    return type === "abort" ? [...this.listenersOfAbort] : [];
  }

  /** As on an emitter. */
  getMaxListeners(): number {
    return this._maxListeners;
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }
}

/** An `AbortController` whose signal is a `LightSignal`. */
class LightAbortController implements AttemptController {
  readonly #signal = new LightSignal();

  get signal(): AbortSignal {
    return this.#signal as unknown as AbortSignal;
  }

  /** Aborts once: every listener is called (as `EventTarget` calls them, one throwing stops none). */
  abort(reason: unknown = new DOMException("This operation was aborted", "AbortError")): void {
    const signal = this.#signal;
    if (signal.aborted) return;
    signal.aborted = true;
    signal.reason = reason;
    const event = { type: "abort" as const, target: signal };
    for (const listener of signal.listenersOfAbort.splice(0)) {
      try {
        listener.call(signal, event);
      } catch (error) {
        // Reported as `EventTarget` reports a listener's error: uncaught, later.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** Whether the platform's `Request` follows a light signal, and takes its reason. */
function followsLightSignals(): boolean {
  try {
    const controller = new LightAbortController();
    const request = new Request("http://light-signal.invalid/", { signal: controller.signal });
    const reason = new Error("probe");
    controller.abort(reason);
    return request.signal.aborted && request.signal.reason === reason;
  } catch {
    return false;
  }
}

/** Makes light controllers where the platform follows them (probed once, on load); `false` where it does not. */
export const controllers: (() => AttemptController) | false =
  followsLightSignals() && (() => new LightAbortController());
