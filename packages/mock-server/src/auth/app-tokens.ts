// App access tokens for hospital and third-party servers (client credentials): ES256 JWS signed with the
// platform's keys like residents' tokens, but with header typ 'app+jwt' and the app's client id as `sub`.
// Each verifier requires its own typ, so a resident's token is never an app's and an app's never a
// resident's, even though both are bearer tokens signed by the same key.
import { errors, jwtVerify, SignJWT } from 'jose';
import type { MockClock } from '../clock';
import type { AppKind } from '../store/apps/registry';
import { PlatformError } from '../store/errors';
import { randomToken } from '../store/secrets';
import type { SigningKeys } from './keys';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from './tokens';

export const APP_TOKEN_TYPE = 'app+jwt';
export const APP_TOKEN_TTL_SECONDS = 600;
const CLOCK_LEEWAY_SECONDS = 5;

export interface AppTokenClaims {
  clientId: string;
  kind: AppKind;
  hospitalId?: string;
  scopes: string[];
}

export class AppTokens {
  constructor(
    private readonly keys: SigningKeys,
    private readonly clock: MockClock,
    readonly ttlSeconds: number = APP_TOKEN_TTL_SECONDS,
  ) {}

  async issue(claims: AppTokenClaims): Promise<string> {
    const issuedAt = Math.floor(this.clock.now() / 1000);
    return new SignJWT({
      client_id: claims.clientId,
      app_kind: claims.kind,
      scope: claims.scopes.join(' '),
      ...(claims.hospitalId === undefined ? {} : { hospital_id: claims.hospitalId }),
    })
      .setProtectedHeader({ alg: 'ES256', typ: APP_TOKEN_TYPE, kid: this.keys.kid })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setSubject(claims.clientId)
      .setJti(randomToken('apt_', 12))
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.keys.privateKey);
  }

  /** TOKEN_EXPIRED when it ran out; UNAUTHENTICATED for anything else (a resident's token included). */
  async verify(token: string): Promise<AppTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.keys.publicKey, {
        algorithms: ['ES256'],
        typ: APP_TOKEN_TYPE,
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
        currentDate: new Date(this.clock.now()),
        clockTolerance: CLOCK_LEEWAY_SECONDS,
      });
      const kind = payload.app_kind;
      if (typeof payload.sub !== 'string' || (kind !== 'hospital' && kind !== 'third_party')) {
        throw new PlatformError('UNAUTHENTICATED');
      }
      const scope = typeof payload.scope === 'string' ? payload.scope : '';
      return {
        clientId: payload.sub,
        kind,
        ...(typeof payload.hospital_id === 'string' ? { hospitalId: payload.hospital_id } : {}),
        scopes: scope.split(' ').filter((name) => name !== ''),
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new PlatformError('TOKEN_EXPIRED');
      throw new PlatformError('UNAUTHENTICATED');
    }
  }
}
