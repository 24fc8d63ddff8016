/**
 * Meeting Scheduler booking notifications over real HTTP: with a webhook registered for the
 * application, booking a time slot, moving the booking and cancelling it each POST a signed,
 * form-encoded notification naming the booking (`event_subtype` `meeting_scheduler_slot_booked`,
 * `_updated`, `_deleted`) to the receiver, retried when the receiver fails, and listed at
 * `GET /__emulator/deliveries`.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { verifyWebhook } from "../../src/helpers/webhooks.ts";
import { Account, Client } from "../../src/index.ts";
import { startEmulator } from "../src/index.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** The spec's schema of a booking notification's fields. */
const ajv = new Ajv2020({ strict: false });
ajv.addSchema(spec, "openapi.json");
const validNotification = ajv.compile({ $ref: "openapi.json#/components/schemas/MeetingBookingNotification" });
/** One POST the receiver got. */
interface Received {
  body: string;
  signature: string;
  contentType: string;
}

let emu: Emulator;
let server: Server;
let receiverUrl: string;
const received: Received[] = [];
/** How many of the next booking notifications the receiver answers 503. */
let failNextBookings = 0;
let organizer: Client;
let calendar: Account;
let accountId: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, webhookDelivery: { retryDelayMs: 20, maxAttempts: 4, timeoutMs: 2000 } });
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (body.includes("event_subtype=") && failNextBookings > 0) {
        failNextBookings--;
        res.writeHead(503).end("busy");
        return;
      }
      received.push({
        body,
        signature: String(req.headers["x-kloudless-signature"]),
        contentType: String(req.headers["content-type"]),
      });
      res.writeHead(200, { "Content-Type": "text/plain" }).end(emu.appId);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  const meta = new Client({ token: emu.metaToken, baseUrl: emu.url, maxRetries: 0 });
  await meta.meta.webhooks.create(emu.appId, { json: { url: receiverUrl } });
  const account = emu.accounts.find((a) => a.apis.includes("calendar"));
  if (!account) throw new Error("the emulator seeds no calendar account");
  accountId = String(account.id);
  organizer = new Client({ token: account.token, baseUrl: emu.url, maxRetries: 0 });
  calendar = new Account({ token: account.token, baseUrl: emu.url, maxRetries: 0 });
});

afterAll(async () => {
  await emu.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Waits for the receiver's first notification whose body has `event_subtype=<subtype>`. */
async function bookingNotification(subtype: string): Promise<Received> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = received.find((r) => new URLSearchParams(r.body).get("event_subtype") === subtype);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${subtype} notification arrived`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A window on a new calendar of the organizer, and its first two free slots. */
async function windowWithSlots(): Promise<{
  windowId: string;
  calendarId: string;
  slots: { start: string; end: string }[];
}> {
  const calendarId = String((await calendar.calendar.calendars.create({ json: { name: "Bookings" } })).data.id);
  const window = await organizer.meetings.windows.create({
    json: {
      title: "Intro call",
      duration: 30,
      time_zone: "UTC",
      availability: { available_times: [{ start: "00:00:00", end: "23:30:00" }] },
      booking_calendar_id: calendarId,
    },
  });
  const windowId = String(window.data.id);
  const page = await organizer.meetings.windows.listTimeSlots(windowId, { params: { page: 1 } });
  const slots = (page.data as { time_slots: { start: string; end: string }[] }).time_slots.slice(0, 2);
  return { windowId, calendarId, slots };
}

describe("booking notifications", () => {
  it("books, moves and cancels a slot: each sends a signed notification naming the booking", async () => {
    const { windowId, calendarId, slots } = await windowWithSlots();
    const [first, second] = slots as [{ start: string; end: string }, { start: string; end: string }];
    const booked = await organizer.meetings.windows.schedule(windowId, {
      json: { ...first, targets: [{ name: "Vera Visitor", email: "vera@example.org" }] },
    });
    const bookingId = String(booked.data.id);
    const eventId = String(booked.data.calendar_event_id);

    const add = await bookingNotification("meeting_scheduler_slot_booked");
    expect(add.contentType).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(add.body))).toEqual({
      account: accountId,
      event_category: "calendar",
      event_type: "add",
      event_subtype: "meeting_scheduler_slot_booked",
      calendar_id: calendarId,
      calendar_event_id: eventId,
      meeting_window_id: windowId,
    });
    expect(await verifyWebhook(add.body, add.signature, emu.apiKey)).toBe(true);
    expect(await verifyWebhook(add.body, add.signature, "another-key")).toBe(false);
    expect(
      validNotification(Object.fromEntries(new URLSearchParams(add.body))),
      ajv.errorsText(validNotification.errors),
    ).toBe(true);
    // The booked event is calendar activity too: the usual account notification also arrives.
    expect(received.some((r) => r.body === `account=${accountId}`)).toBe(true);

    await organizer.meetings.events.update(bookingId, { json: { ...second } });
    const update = new URLSearchParams((await bookingNotification("meeting_scheduler_slot_updated")).body);
    expect(update.get("event_type")).toBe("update");
    expect(update.get("calendar_event_id")).toBe(eventId);
    expect(validNotification(Object.fromEntries(update))).toBe(true);

    await organizer.meetings.events.delete(bookingId);
    const cancelled = await bookingNotification("meeting_scheduler_slot_deleted");
    expect(new URLSearchParams(cancelled.body).get("event_type")).toBe("delete");
    expect(new URLSearchParams(cancelled.body).get("meeting_window_id")).toBe(windowId);
    expect(await verifyWebhook(cancelled.body, cancelled.signature, emu.apiKey)).toBe(true);

    const listed = (await (await fetch(`${emu.url}/__emulator/deliveries`)).json()) as {
      body: string;
      kind: string;
      state: string;
      accountId: number;
    }[];
    const bookings = listed.filter((d) => d.body.includes("event_subtype=meeting_scheduler_slot_"));
    expect(bookings.map((d) => new URLSearchParams(d.body).get("event_type"))).toEqual(["add", "update", "delete"]);
    expect(bookings.every((d) => d.kind === "notification" && d.state === "delivered")).toBe(true);
    expect(bookings.every((d) => d.accountId === Number(accountId))).toBe(true);
  });

  it("retries a booking notification the receiver fails, without delaying the booking", async () => {
    received.length = 0;
    await fetch(`${emu.url}/__emulator/deliveries`, { method: "DELETE" });
    const { windowId, slots } = await windowWithSlots();
    failNextBookings = 2;
    const booked = await organizer.meetings.windows.schedule(windowId, {
      json: { ...(slots[0] as { start: string; end: string }), targets: [{ name: "Rita", email: "rita@example.org" }] },
    });
    expect(booked.status).toBe(201);
    const add = await bookingNotification("meeting_scheduler_slot_booked");
    expect(new URLSearchParams(add.body).get("calendar_event_id")).toBe(String(booked.data.calendar_event_id));
    const listed = (await (await fetch(`${emu.url}/__emulator/deliveries`)).json()) as {
      body: string;
      state: string;
      attempts: { status?: number }[];
    }[];
    const delivery = listed.find((d) => d.body.includes("event_subtype=meeting_scheduler_slot_booked"));
    expect(delivery?.state).toBe("delivered");
    expect(delivery?.attempts.map((a) => a.status)).toEqual([503, 503, 200]);
  });
});
