// A hospital developer's test signatures: what createWebhookTestSigner signs verifies with its own jwks
// exactly as a platform delivery would, and is refused the same ways when tampered with, late, for another
// webhook, or checked against any other key set (the platform's included).
import { base64url, decodeProtectedHeader } from 'jose';
import { createWebhookTestSigner, verifyWebhookEvent } from '../../src/entries/server';
import { signingKey } from '../support/cards';
import { SAMPLE_DATA } from '../support/webhook-events';
import { outcomeOf } from '../support/outcome';

const EVENT = { type: 'appointment.booked', data: SAMPLE_DATA['appointment.booked'] } as const;

describe('createWebhookTestSigner', () => {
  it('signs an event that verifyWebhookEvent accepts with the signer jwks and the same audience', async () => {
    const signer = await createWebhookTestSigner();
    const body = await signer.sign({ ...EVENT, id: 'evt_test' }, { audience: 'whk_mine' });
    expect(decodeProtectedHeader(body)).toEqual({ alg: 'ES256', kid: signer.kid, typ: 'yika-event+jwt' });
    expect(signer.jwks.keys).toEqual([
      expect.objectContaining({ kty: 'EC', crv: 'P-256', kid: signer.kid, use: 'sig', alg: 'ES256' }),
    ]);
    expect(signer.jwks.keys[0]).not.toHaveProperty('d'); // the public half only
    const event = await verifyWebhookEvent(`${body}\n`, { jwks: signer.jwks, audience: 'whk_mine' });
    expect(event).toMatchObject({ id: 'evt_test', type: 'appointment.booked', data: EVENT.data });
  });

  it('gives every event its own id when none is given', async () => {
    const signer = await createWebhookTestSigner();
    const ids = await Promise.all(
      [1, 2].map(
        async () =>
          (
            await verifyWebhookEvent(await signer.sign(EVENT, { audience: 'a' }), {
              jwks: signer.jwks,
              audience: 'a',
            })
          ).id,
      ),
    );
    expect(new Set(ids).size).toBe(2);
  });

  it('is refused when tampered with, late, for another webhook, or against another key set', async () => {
    const signer = await createWebhookTestSigner({ kid: 'k1' });
    const other = await createWebhookTestSigner({ kid: 'k1' });
    const platform = await signingKey('k1');
    const body = await signer.sign(EVENT, { audience: 'whk_mine' });
    const [header, payload, signature] = body.split('.') as [string, string, string];
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as {
      data: { feeFen: number };
    };
    claims.data.feeFen = 0;
    const tampered = `${header}.${base64url.encode(JSON.stringify(claims))}.${signature}`;
    const verify = (
      text: string,
      options: { audience?: string; jwks?: typeof signer.jwks; now?: () => number } = {},
    ) => verifyWebhookEvent(text, { jwks: signer.jwks, audience: 'whk_mine', ...options });

    expect(await outcomeOf(verify(body))).toBe('ok');
    expect(await outcomeOf(verify(tampered))).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(await outcomeOf(verify(body, { jwks: other.jwks }))).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(await outcomeOf(verify(body, { jwks: platform.jwks }))).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(await outcomeOf(verify(body, { audience: 'whk_other' }))).toBe('WEBHOOK_CLAIMS_INVALID');
    expect(await outcomeOf(verify(body, { now: () => Date.now() + 331_000 }))).toBe('WEBHOOK_EXPIRED');
  });

  it('signs in the past for expiry tests, and for another issuer', async () => {
    const now = Date.UTC(2026, 10, 23);
    const signer = await createWebhookTestSigner({ now: () => now });
    const options = { jwks: signer.jwks, audience: 'a', now: () => now };
    const late = await signer.sign(EVENT, { audience: 'a', issuedAtMs: now - 331_000 });
    expect(await outcomeOf(verifyWebhookEvent(late, options))).toBe('WEBHOOK_EXPIRED');
    const elsewhere = await signer.sign(EVENT, { audience: 'a', issuer: 'https://platform.other.example' });
    expect(await outcomeOf(verifyWebhookEvent(elsewhere, options))).toBe('WEBHOOK_CLAIMS_INVALID');
    await expect(
      verifyWebhookEvent(elsewhere, { ...options, issuer: 'https://platform.other.example' }),
    ).resolves.toMatchObject({ type: 'appointment.booked' });
  });

  it('needs an audience', async () => {
    const signer = await createWebhookTestSigner();
    await expect(signer.sign(EVENT, { audience: '' })).rejects.toThrow(TypeError);
  });
});
