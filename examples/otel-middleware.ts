/**
 * An OpenTelemetry span per request of an SDK client, as openapi-fetch middleware. The tracer is
 * anything with OpenTelemetry's `startActiveSpan` shape (pass `trace.getTracer("kloudless-ts")` from
 * `@opentelemetry/api`); the SDK itself depends on nothing. Run against the emulator:
 *
 *   npx tsx examples/otel-middleware.ts
 */

import { startEmulator } from "../emulator/src/index.ts";
import { Account, type ApiMiddleware, type ApiRequest } from "../src/index.ts";

/** The parts of an OpenTelemetry span this middleware uses. */
export interface SpanLike {
  setAttribute(key: string, value: string | number): void;
  setStatus(status: { code: number; message?: string }): void;
  recordException(error: unknown): void;
  end(): void;
}

/** The part of an OpenTelemetry tracer this middleware uses. */
export interface TracerLike {
  startSpan(name: string, options?: { attributes?: Record<string, string | number> }): SpanLike;
}

/** OpenTelemetry's status codes (`SpanStatusCode`). */
const OK = 1;
const ERROR = 2;

/** Middleware opening a span per request, named after its operationId, ended by its answer or error. */
export function tracing(tracer: TracerLike): ApiMiddleware {
  const spans = new Map<string, SpanLike>();
  return {
    onRequest({ request, id }) {
      const sdk = request as unknown as ApiRequest;
      spans.set(
        id,
        tracer.startSpan(sdk.operationId ?? `${request.method} ${new URL(request.url).pathname}`, {
          attributes: { "http.request.method": request.method, "url.full": request.url.split("?")[0] ?? "" },
        }),
      );
    },
    onResponse({ request, response, id }) {
      const span = spans.get(id);
      spans.delete(id);
      if (!span) return;
      span.setAttribute("http.response.status_code", response.status);
      span.setAttribute("kloudless.attempts", (request as unknown as ApiRequest).attempts);
      span.setStatus({ code: response.ok ? OK : ERROR });
      span.end();
    },
    onError({ error, id }) {
      const span = spans.get(id);
      spans.delete(id);
      if (!span) return;
      span.recordException(error);
      span.setStatus({ code: ERROR, message: error instanceof Error ? error.message : String(error) });
      span.end();
    },
  };
}

/** A tracer printing each span when it ends, to run the example without OpenTelemetry. */
function consoleTracer(): TracerLike & { ended: string[] } {
  const ended: string[] = [];
  return {
    ended,
    startSpan(name, options) {
      const attributes: Record<string, string | number> = { ...options?.attributes };
      let status = 0;
      return {
        setAttribute: (key, value) => {
          attributes[key] = value;
        },
        setStatus: ({ code }) => {
          status = code;
        },
        recordException: (error) => {
          attributes.exception = String(error);
        },
        end: () => void ended.push(`${name} status=${status} ${JSON.stringify(attributes)}`),
      };
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const emu = await startEmulator({ port: 0 });
  try {
    const tracer = consoleTracer();
    const account = new Account({ token: emu.accounts[0]?.token ?? "", baseUrl: emu.url, maxRetries: 0 });
    account.api.use(tracing(tracer));
    await account.storage.folders.retrieve("root");
    await account.storage.files.retrieve("missing").catch(() => undefined);
    for (const line of tracer.ended) console.log(line);
  } finally {
    await emu.close();
  }
}
