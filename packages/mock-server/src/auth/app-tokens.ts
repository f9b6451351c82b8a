// App access tokens for hospital and third-party servers (client credentials): ES256 JWS signed with the
// platform's keys like residents' tokens, but with header typ 'app+jwt' and the app's client id as `sub`.
// Each verifier requires its own typ, so a resident's token is never an app's and an app's never a
// resident's, even though both are bearer tokens signed by the same key.
import type { MockClock } from '../clock';
import type { AppKind } from '../store/apps/registry';
import { PlatformError } from '../store/errors';
import { randomToken } from '../store/secrets';
import type { SigningKeys } from './keys';
import { signPlatformJwt, TOKEN_AUDIENCE, verifyBearerJwt } from './platform-jwt';

export const APP_TOKEN_TYPE = 'app+jwt';
export const APP_TOKEN_TTL_SECONDS = 600;

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
    const { jwt } = await signPlatformJwt(this.keys, {
      typ: APP_TOKEN_TYPE,
      nowMs: this.clock.now(),
      ttlSeconds: this.ttlSeconds,
      jti: randomToken('apt_', 12),
      subject: claims.clientId,
      audience: TOKEN_AUDIENCE,
      claims: {
        client_id: claims.clientId,
        app_kind: claims.kind,
        scope: claims.scopes.join(' '),
        ...(claims.hospitalId === undefined ? {} : { hospital_id: claims.hospitalId }),
      },
    });
    return jwt;
  }

  /** TOKEN_EXPIRED when it ran out; UNAUTHENTICATED for anything else (a resident's token included). */
  async verify(token: string): Promise<AppTokenClaims> {
    const payload = await verifyBearerJwt(token, this.keys, this.clock.now(), APP_TOKEN_TYPE);
    const kind = payload.app_kind;
    if (kind !== 'hospital' && kind !== 'third_party') throw new PlatformError('UNAUTHENTICATED');
    const scope = typeof payload.scope === 'string' ? payload.scope : '';
    return {
      clientId: payload.sub,
      kind,
      ...(typeof payload.hospital_id === 'string' ? { hospitalId: payload.hospital_id } : {}),
      scopes: scope.split(' ').filter((name) => name !== ''),
    };
  }
}
