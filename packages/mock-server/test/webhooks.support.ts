// Shared setup of the webhook event tests (not a test file itself): a platform per test on the booking
// day's clock with the test WeChat Pay merchant, its handlers plus a receiver standing in for every
// hospital's server, subscriptions per hospital, and the deliveries read back the way a hospital reads
// them: verified with @yika/sdk/server against the platform's published JWKS, checked against the
// contract's schema for the event type, and searched for anything that names the person.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { verifyWebhookEvent, type WebhookEvent, type WebhookEventType } from '@yika/sdk/server';
import { createPlatform, type Platform } from '../src';
import { getContract } from '../src/contract';
import type { Webhook } from '../src/contract/wire';
import { createApi, jsonOf, TEST_ORIGIN } from './support/api';
import { TODAY } from './support/booking-day';
import { paymentPlatformOptions } from './payments.support';

export const api = createApi(TEST_ORIGIN);

export const ALL_EVENT_TYPES: readonly WebhookEventType[] = [
  'card.linked',
  'appointment.booked',
  'appointment.cancelled',
  'appointment.checked_in',
  'appointment.no_show',
  'schedule.stopped',
  'payment.succeeded',
  'payment.refunded',
  'report.ready',
];

/** Where a hospital's server listens: one host per hospital, so a delivery shows whose it was. */
export const hookUrlOf = (hospitalId: string) =>
  `http://his-${hospitalId.replace(/_/g, '-')}.test/yika/events`;

export function useWebhookPlatform(): { readonly platform: Platform; readonly received: string[] } {
  const server = setupServer();
  const state: { platform?: Platform; received: string[] } = { received: [] };
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    state.received = [];
    state.platform = createPlatform({
      ...paymentPlatformOptions,
      seed: 1,
      now: `${TODAY}T10:00:00+08:00`,
      // Tests move the clock across days; sessions outlive them.
      accessTokenTtlSeconds: 7 * 86_400,
      frozenClock: true,
      validateResponses: true,
    });
    server.resetHandlers(
      ...state.platform.handlers,
      http.post(/^http:\/\/his-[^/]+\.test\/yika\/events$/, async ({ request }) => {
        state.received.push(await request.text());
        return new HttpResponse(null, { status: 204 });
      }),
    );
  });
  afterAll(() => server.close());
  return {
    get platform() {
      if (!state.platform) throw new Error('useWebhookPlatform: no platform outside a test');
      return state.platform;
    },
    get received() {
      return state.received;
    },
  };
}

/** Subscribes the hospital's server to `events` (default: every type). */
export async function subscribe(
  platform: Platform,
  hospitalId: string,
  events: readonly WebhookEventType[] = ALL_EVENT_TYPES,
): Promise<Webhook> {
  const answer = await api.post(
    '/v1/hospital/webhooks',
    { url: hookUrlOf(hospitalId), events },
    { headers: { 'X-Yika-Hospital-Key': platform.hospitalKey(hospitalId) } },
  );
  expect(answer.status).toBe(201);
  return jsonOf<Webhook>(answer);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(getContract().document as object, 'contract');
const SCHEMA_OF: Record<WebhookEventType, string> = {
  'card.linked': 'CardLinkedEvent',
  'appointment.booked': 'AppointmentBookedEvent',
  'appointment.cancelled': 'AppointmentCancelledEvent',
  'appointment.checked_in': 'AppointmentCheckedInEvent',
  'appointment.no_show': 'AppointmentNoShowEvent',
  'schedule.stopped': 'ScheduleStoppedEvent',
  'payment.succeeded': 'PaymentSucceededEvent',
  'payment.refunded': 'PaymentRefundedEvent',
  'report.ready': 'ReportReadyEvent',
};

/** The claims of a compact JWS, unverified (for the schema check after verification). */
function claimsOf(body: string): { type: WebhookEventType } & Record<string, unknown> {
  return JSON.parse(Buffer.from(body.split('.')[1]!, 'base64url').toString('utf8')) as {
    type: WebhookEventType;
  };
}

/**
 * Every delivery the webhook got so far, verified as a hospital verifies it (the platform's JWKS, this
 * webhook as audience, on arrival) and checked against the contract's schema of its type.
 */
export async function eventsOf(platform: Platform, webhook: Webhook): Promise<WebhookEvent[]> {
  await platform.webhooks.idle();
  const jwks = await platform.jwks();
  const deliveries = platform.webhooks.deliveries().filter((delivery) => delivery.webhookId === webhook.id);
  const events: WebhookEvent[] = [];
  for (const { lastBody: body, attempts } of deliveries) {
    // Verified when it arrived, as the hospital's server does: the test may have moved the clock since.
    const arrivedAtMs = attempts.at(-1)!.atMs;
    events.push(await verifyWebhookEvent(body, { jwks, audience: webhook.id, now: () => arrivedAtMs }));
    const claims = claimsOf(body);
    const valid = ajv.validate({ $ref: `contract#/components/schemas/${SCHEMA_OF[claims.type]}` }, claims);
    if (!valid) throw new Error(`${claims.type} does not fit the contract: ${ajv.errorsText(ajv.errors)}`);
  }
  return events;
}

/** The events of one type, in the order they were raised. */
export function ofType<T extends WebhookEventType>(
  events: readonly WebhookEvent[],
  type: T,
): Extract<WebhookEvent, { type: T }>[] {
  return events.filter((event): event is Extract<WebhookEvent, { type: T }> => event.type === type);
}

/**
 * Asserts that no delivery so far carries anything that names the person: name, ID number, phone, card
 * ID, nor any Chinese text but the reasons hospitals wrote themselves.
 */
export function expectNoPersonalData(platform: Platform, personIds: readonly string[]): void {
  const bodies = platform.webhooks.deliveries().map((delivery) => delivery.lastBody);
  const payloads = bodies.map((body) => JSON.stringify(claimsOf(body)));
  const { persons, cards } = platform.store.cardModel;
  for (const personId of personIds) {
    const person = persons.get(personId)!;
    const cardIds = [cards.forPerson(personId)?.cardId ?? ''].filter(Boolean);
    for (const secret of [person.name, person.idNumber, person.phone, ...cardIds]) {
      for (const text of [...bodies, ...payloads]) expect(text).not.toContain(secret);
    }
  }
  for (const payload of payloads) {
    const { data } = JSON.parse(payload) as { data: Record<string, unknown> };
    expect(Object.keys(data)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/name|idNumber|phone|cardId|cardRef|address|birth/i)]),
    );
  }
}
