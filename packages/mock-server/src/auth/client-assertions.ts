// Client assertions (private_key_jwt, RFC 7523 §3 and RFC 7521 §4.2), checked in full before an app token
// is issued: an explicit algorithm allowlist (RFC 8725; `none` and HS256 never pass, so an attacker cannot
// use the public key as an HMAC secret), the app's registered key by `kid`, `iss` = `sub` = the client id,
// `aud` the token endpoint or the platform, a short lifetime, `iat`/`nbf` not ahead of the platform clock
// beyond a small leeway, and a `jti` that is never accepted twice while its assertion could still be valid.
// Every refusal is INVALID_CLIENT (RFC 6749's invalid_client) with the reason in details[0].issue, so a
// developer can tell a wrong audience from a replay without the platform saying anything about the key.
import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import type { MockClock } from '../clock';
import type { AppRegistry, RegisteredApp } from '../store/apps/registry';
import { PlatformError } from '../store/errors';
import { TOKEN_ISSUER } from './platform-jwt';

export const ASSERTION_ALGORITHMS = ['ES256', 'RS256', 'PS256'];
/** An assertion is for one token request: it may live at most this long (exp - iat). */
export const MAX_ASSERTION_LIFETIME_SECONDS = 300;
export const ASSERTION_LEEWAY_SECONDS = 30;
export const TOKEN_ENDPOINT_PATH = '/v1/oauth/token';

export type AssertionIssue =
  | 'malformed'
  | 'algorithm'
  | 'unknown_client'
  | 'unknown_key'
  | 'signature'
  | 'issuer'
  | 'subject'
  | 'audience'
  | 'expired'
  | 'lifetime'
  | 'not_yet_valid'
  | 'missing_claim'
  | 'client_id'
  | 'replayed';

function refused(issue: AssertionIssue): PlatformError {
  return new PlatformError('INVALID_CLIENT', { details: [{ field: 'client_assertion', issue }] });
}

/** Seen `jti`s per client, kept until their assertion's exp (plus leeway) has passed. */
class SpentAssertionIds {
  private readonly expiresAtMs = new Map<string, number>();

  /** False when the id was already spent and could still be replayed. */
  spend(clientId: string, jti: string, expiresAtMs: number, nowMs: number): boolean {
    for (const [key, until] of this.expiresAtMs) if (until <= nowMs) this.expiresAtMs.delete(key);
    const key = `${clientId}\u0000${jti}`;
    if (this.expiresAtMs.has(key)) return false;
    this.expiresAtMs.set(key, expiresAtMs);
    return true;
  }
}

export class ClientAssertions {
  private readonly spent = new SpentAssertionIds();

  constructor(
    private readonly apps: AppRegistry,
    private readonly clock: MockClock,
  ) {}

  /**
   * The app the assertion authenticates. `tokenEndpoint` is the URL the request came to (an accepted
   * `aud`, with the platform issuer); `clientId` is the form's optional `client_id`.
   */
  async verify(assertion: string, tokenEndpoint: string, clientId?: string): Promise<RegisteredApp> {
    let alg: unknown;
    let claimedIssuer: unknown;
    try {
      alg = decodeProtectedHeader(assertion).alg;
      claimedIssuer = decodeJwt(assertion).iss;
    } catch {
      throw refused('malformed');
    }
    if (typeof alg !== 'string' || !ASSERTION_ALGORITHMS.includes(alg)) throw refused('algorithm');
    if (typeof claimedIssuer !== 'string') throw refused('issuer');
    if (clientId !== undefined && clientId !== claimedIssuer) throw refused('client_id');
    const app = this.apps.get(claimedIssuer);
    if (!app) throw refused('unknown_client');

    const nowMs = this.clock.now();
    const payload = await this.checkSignatureAndClaims(assertion, app, tokenEndpoint, nowMs);
    const nowSeconds = Math.floor(nowMs / 1000);
    const exp = payload.exp as number;
    // jose checks nbf but not an iat in the future: an assertion "issued" later than now is refused too.
    if (typeof payload.iat === 'number' && payload.iat > nowSeconds + ASSERTION_LEEWAY_SECONDS) {
      throw refused('not_yet_valid');
    }
    // Counted from iat when given, else from now: either way the assertion cannot outlive five minutes.
    const start = typeof payload.iat === 'number' ? payload.iat : nowSeconds;
    if (exp - start > MAX_ASSERTION_LIFETIME_SECONDS) throw refused('lifetime');
    if (typeof payload.jti !== 'string' || payload.jti === '') throw refused('missing_claim');
    if (!this.spent.spend(app.clientId, payload.jti, (exp + ASSERTION_LEEWAY_SECONDS) * 1000, nowMs)) {
      throw refused('replayed');
    }
    return app;
  }

  private async checkSignatureAndClaims(
    assertion: string,
    app: RegisteredApp,
    tokenEndpoint: string,
    nowMs: number,
  ): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(assertion, createLocalJWKSet({ keys: app.keys }), {
        algorithms: ASSERTION_ALGORITHMS,
        issuer: app.clientId,
        subject: app.clientId,
        audience: [tokenEndpoint, TOKEN_ISSUER],
        requiredClaims: ['exp', 'jti'],
        currentDate: new Date(nowMs),
        clockTolerance: ASSERTION_LEEWAY_SECONDS,
      });
      return payload;
    } catch (error) {
      throw refused(issueOf(error));
    }
  }
}

function issueOf(error: unknown): AssertionIssue {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return 'unknown_key';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm';
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'iss':
        return 'issuer';
      case 'sub':
        return 'subject';
      case 'aud':
        return 'audience';
      case 'iat':
      case 'nbf':
        return error.reason === 'missing' ? 'missing_claim' : 'not_yet_valid';
      default:
        return 'missing_claim';
    }
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature';
  return 'malformed';
}
