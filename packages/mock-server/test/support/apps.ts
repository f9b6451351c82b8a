// Client credentials in tests: assertions signed as one of the platform's seeded test apps, and the
// app access token they buy at the token endpoint.
import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { TEST_HOSPITAL_APP_ID, TEST_THIRD_PARTY_APP_ID, type Platform, type TestApp } from '../../src';
import { TEST_ORIGIN } from './api';

export const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export function testApp(platform: Platform, kind: 'hospital' | 'third_party'): TestApp {
  const clientId = kind === 'hospital' ? TEST_HOSPITAL_APP_ID : TEST_THIRD_PARTY_APP_ID;
  return platform.apps.testApps().find((app) => app.clientId === clientId)!;
}

/** A good assertion for the token endpoint at `origin`, on the platform clock. */
export async function signAssertion(platform: Platform, app: TestApp, origin = TEST_ORIGIN): Promise<string> {
  const now = Math.floor(platform.clock.now() / 1000);
  return new SignJWT({ jti: randomUUID() })
    .setProtectedHeader({ alg: 'ES256', kid: app.kid })
    .setIssuer(app.clientId)
    .setSubject(app.clientId)
    .setAudience(`${origin}/v1/oauth/token`)
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .sign(await importJWK(app.privateJwk, 'ES256'));
}

/** The form body of a client credentials request. */
export function tokenForm(clientAssertion: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: ASSERTION_TYPE,
    client_assertion: clientAssertion,
    ...extra,
  }).toString();
}

/** An app access token for the seeded test app of `kind`. */
export async function appToken(platform: Platform, kind: 'hospital' | 'third_party'): Promise<string> {
  const response = await fetch(`${TEST_ORIGIN}/v1/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: tokenForm(await signAssertion(platform, testApp(platform, kind))),
  });
  if (response.status !== 200) throw new Error(`token endpoint answered ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
