// The client credentials desk: turns a checked client assertion into an app access token (the token
// endpoint), and an app access token back into the hospital it may act for (hospital operations).
import { AppTokens } from '../../auth/app-tokens';
import { ClientAssertions } from '../../auth/client-assertions';
import type { SigningKeys } from '../../auth/keys';
import type { MockClock } from '../../clock';
import type { AppToken, ClientCredentialsTokenRequest } from '../../contract/wire';
import { PlatformError } from '../errors';
import { AppRegistry, HOSPITAL_SCOPE } from './registry';

export class AppAuth {
  readonly registry: AppRegistry;
  private readonly assertions: ClientAssertions;
  private readonly tokens: AppTokens;

  constructor(keys: SigningKeys, clock: MockClock, hospitalIds: readonly string[]) {
    const known = new Set(hospitalIds);
    this.registry = new AppRegistry((id) => known.has(id), hospitalIds[0] ?? '');
    this.assertions = new ClientAssertions(this.registry, clock);
    this.tokens = new AppTokens(keys, clock);
  }

  /** POST /v1/oauth/token. `tokenEndpoint` is the URL the request reached (an accepted assertion aud). */
  async issueToken(request: ClientCredentialsTokenRequest, tokenEndpoint: string): Promise<AppToken> {
    const app = await this.assertions.verify(request.client_assertion, tokenEndpoint, request.client_id);
    const asked = (request.scope ?? '').split(' ').filter((scope) => scope !== '');
    const refusedScope = asked.find((scope) => !app.scopes.includes(scope));
    if (refusedScope !== undefined) {
      throw new PlatformError('INVALID_SCOPE', { details: [{ field: 'scope', issue: refusedScope }] });
    }
    const scopes = asked.length > 0 ? asked : app.scopes;
    const accessToken = await this.tokens.issue({
      clientId: app.clientId,
      kind: app.kind,
      ...(app.hospitalId === undefined ? {} : { hospitalId: app.hospitalId }),
      scopes,
    });
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: this.tokens.ttlSeconds,
      scope: scopes.join(' '),
    };
  }

  /**
   * The hospital an app token may act for. A third-party app's token, or a hospital app's without the
   * `hospital` scope, is INSUFFICIENT_SCOPE (403): it is a genuine token, just not for this.
   */
  async hospitalFor(accessToken: string): Promise<string> {
    const claims = await this.tokens.verify(accessToken);
    // An app removed since (a registry reset) no longer signs in, whatever its token says.
    const app = this.registry.get(claims.clientId);
    if (!app) throw new PlatformError('UNAUTHENTICATED');
    if (app.kind !== 'hospital' || app.hospitalId === undefined || !claims.scopes.includes(HOSPITAL_SCOPE)) {
      throw new PlatformError('INSUFFICIENT_SCOPE');
    }
    return app.hospitalId;
  }
}
