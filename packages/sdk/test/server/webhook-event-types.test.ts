// Every event type the platform sends verifies into its own member of the WebhookEvent union, with its
// data checked against the contract's shape; an unknown type is refused with its own code.
import { base64url } from 'jose';
import {
  createWebhookTestSigner,
  verifyWebhookEvent,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookTestSigner,
} from '../../src/entries/server';
import { EVENT_TYPES, SAMPLE_DATA } from '../support/webhook-events';
import { outcomeOf } from '../support/outcome';

const NOW = Date.UTC(2026, 10, 23, 0, 0, 0);
const AUDIENCE = 'whk_1';
let signer: WebhookTestSigner;

beforeAll(async () => {
  signer = await createWebhookTestSigner({ now: () => NOW });
});

const verify = (body: string) =>
  verifyWebhookEvent(body, { jwks: signer.jwks, audience: AUDIENCE, now: () => NOW });

/** What a handler would do with each event: compiles only if `data` narrows on `type`. */
function summarise(event: WebhookEvent): string {
  switch (event.type) {
    case 'card.linked':
      return `linked ${event.data.patientNumber} ${event.data.linkedAt}`;
    case 'appointment.booked':
      return `booked ${event.data.appointmentId} ${event.data.channel} ${event.data.feeFen}`;
    case 'appointment.cancelled':
      return `cancelled ${event.data.appointmentId} ${event.data.refund?.amountFen ?? 0}`;
    case 'appointment.checked_in':
      return `checked in ${event.data.appointmentId} ${event.data.checkedInAt}`;
    case 'appointment.no_show':
      return `no-show ${event.data.appointmentId} ${event.data.noShowAt}`;
    case 'schedule.stopped':
      return `stopped ${event.data.scheduleId} ${event.data.appointments.length}`;
    case 'payment.succeeded':
      return `paid ${event.data.paymentId} ${event.data.split.selfPayFen} ${event.data.method}`;
    case 'payment.refunded':
      return `refunded ${event.data.refundId} ${event.data.amountFen}/${event.data.refundedFen}`;
    case 'report.ready':
      return `report ${event.data.reportId} ${event.data.reportType}`;
    default: {
      const none: never = event;
      return none;
    }
  }
}

describe('every event type', () => {
  it.each(EVENT_TYPES)('%s verifies into its own typed member of the union', async (type) => {
    const body = await signer.sign({ type, data: SAMPLE_DATA[type], id: `evt_${type}` } as never, {
      audience: AUDIENCE,
    });
    const event = await verify(body);
    expect(event).toEqual({
      id: `evt_${type}`,
      type,
      data: SAMPLE_DATA[type],
      issuedAt: '2026-11-23T08:00:00+08:00',
      expiresAt: '2026-11-23T08:05:00+08:00',
    });
    expect(summarise(event)).toMatch(/\S+ \S+/);
  });

  it('narrows data by type (a booking has a channel, a refund its amounts)', async () => {
    const event = await verify(
      await signer.sign(
        { type: 'payment.refunded', data: SAMPLE_DATA['payment.refunded'] },
        { audience: AUDIENCE },
      ),
    );
    expect(event.type).toBe('payment.refunded');
    if (event.type !== 'payment.refunded') throw new Error('not narrowed');
    const amounts: [number, number] = [event.data.amountFen, event.data.refundedFen];
    expect(amounts).toEqual([1200, 1200]);
    expect(summarise(event)).toBe('refunded rfd_1 1200/1200');
  });

  it('keeps only the fields the contract names (a newer platform field is dropped, not passed on untyped)', async () => {
    const data = { ...SAMPLE_DATA['appointment.booked'], someFutureField: 'x' };
    const event = await verify(
      await signer.sign({ type: 'appointment.booked', data }, { audience: AUDIENCE }),
    );
    expect(event.data).toEqual(SAMPLE_DATA['appointment.booked']);
    expect(event.data).not.toHaveProperty('someFutureField');
  });
});

describe('refusals', () => {
  it('refuses a genuine event of a type this SDK does not know with WEBHOOK_EVENT_UNKNOWN', async () => {
    const body = await signer.sign(
      { type: 'report.deleted' as WebhookEventType, data: SAMPLE_DATA['report.ready'] } as never,
      { audience: AUDIENCE },
    );
    await expect(verify(body)).rejects.toMatchObject({
      code: 'WEBHOOK_EVENT_UNKNOWN',
      message: '未知的平台事件类型，请升级开发包',
      cause: expect.objectContaining({ message: 'unknown event type "report.deleted"' }),
    });
  });

  it.each([
    [
      'card.linked without the patient number',
      'card.linked',
      { ...SAMPLE_DATA['card.linked'], patientNumber: undefined },
    ],
    [
      'a booking on an unknown channel',
      'appointment.booked',
      { ...SAMPLE_DATA['appointment.booked'], channel: 'fax' },
    ],
    ['a negative fee', 'appointment.booked', { ...SAMPLE_DATA['appointment.booked'], feeFen: -1 }],
    ['a fee in yuan', 'appointment.booked', { ...SAMPLE_DATA['appointment.booked'], feeFen: 12.5 }],
    [
      'a cancellation without refund (null is required when none)',
      'appointment.cancelled',
      { ...SAMPLE_DATA['appointment.cancelled'], refund: undefined },
    ],
    [
      'a refund without its payment',
      'appointment.cancelled',
      { ...SAMPLE_DATA['appointment.cancelled'], refund: { amountFen: 1 } },
    ],
    [
      'a stop whose appointments are not a list',
      'schedule.stopped',
      { ...SAMPLE_DATA['schedule.stopped'], appointments: {} },
    ],
    [
      'a stop with an appointment without its patient number',
      'schedule.stopped',
      { ...SAMPLE_DATA['schedule.stopped'], appointments: [{ appointmentId: 'apt_1', refundFen: 0 }] },
    ],
    [
      'a payment without its split',
      'payment.succeeded',
      { ...SAMPLE_DATA['payment.succeeded'], split: null },
    ],
    [
      'an unknown payment method',
      'payment.succeeded',
      { ...SAMPLE_DATA['payment.succeeded'], method: 'cash' },
    ],
    ['data that is a list', 'report.ready', [SAMPLE_DATA['report.ready']]],
  ])('refuses %s with WEBHOOK_CLAIMS_INVALID', async (_, type, data) => {
    const body = await signer.sign({ type, data } as never, { audience: AUDIENCE });
    expect(await outcomeOf(verify(body))).toBe('WEBHOOK_CLAIMS_INVALID');
  });

  it('refuses an altered event of every type', async () => {
    for (const type of EVENT_TYPES) {
      const [header, payload, signature] = (
        await signer.sign({ type, data: SAMPLE_DATA[type] } as never, { audience: AUDIENCE })
      ).split('.') as [string, string, string];
      const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as {
        data: { hospitalId: string };
      };
      claims.data.hospitalId = 'hos_other';
      const altered = `${header}.${base64url.encode(JSON.stringify(claims))}.${signature}`;
      expect([type, await outcomeOf(verify(altered))]).toEqual([type, 'WEBHOOK_SIGNATURE_INVALID']);
    }
  });
});
