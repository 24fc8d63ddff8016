/**
 * examples/otel-middleware.ts: a span per request, named after its operationId, for every request
 * of a client (pages and failures included), against the emulator.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../emulator/src/index.ts";
import { type SpanLike, type TracerLike, tracing } from "../../examples/otel-middleware.ts";
import { Account, NotFound } from "../../src/index.ts";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty" });
});
afterAll(() => emu.close());

interface Recorded {
  name: string;
  attributes: Record<string, string | number>;
  status: number;
  exception?: unknown;
  ended: boolean;
}

function recordingTracer(): TracerLike & { spans: Recorded[] } {
  const spans: Recorded[] = [];
  return {
    spans,
    startSpan(name, options): SpanLike {
      const span: Recorded = { name, attributes: { ...options?.attributes }, status: 0, ended: false };
      spans.push(span);
      return {
        setAttribute: (key, value) => {
          span.attributes[key] = value;
        },
        setStatus: ({ code }) => {
          span.status = code;
        },
        recordException: (error) => {
          span.exception = error;
        },
        end: () => {
          span.ended = true;
        },
      };
    },
  };
}

it("opens and ends one span per request, named after the operation, failures marked as errors", async () => {
  const token = emu.accounts.find((a) => a.apis.includes("storage"))?.token ?? "";
  const account = new Account({ token, baseUrl: emu.url, maxRetries: 0 });
  const tracer = recordingTracer();
  account.api.use(tracing(tracer));

  const root = await account.storage.folders.retrieve("root");
  await account.storage.folders.create({ json: { parent_id: root.data.id, name: "traced" } });
  await expect(account.storage.files.retrieve("missing")).rejects.toBeInstanceOf(NotFound);

  expect(tracer.spans.map((span) => span.name)).toEqual([
    "storage.folders.retrieve",
    "storage.folders.create",
    "storage.files.retrieve",
  ]);
  expect(tracer.spans.every((span) => span.ended)).toBe(true);
  const [ok, created, missing] = tracer.spans;
  expect(ok?.status).toBe(1);
  expect(ok?.attributes["http.response.status_code"]).toBe(200);
  expect(ok?.attributes["kloudless.attempts"]).toBe(1);
  expect(created?.attributes["http.response.status_code"]).toBe(201);
  expect(missing?.status).toBe(2);
  expect(missing?.exception).toBeInstanceOf(NotFound);
});
