// How a hospital or third-party server proves who it is (client credentials with private_key_jwt, RFC 7523):
// the core asks an injected signer for a fresh client assertion before each token request, and never signs
// anything itself, so it stays free of jose, WebCrypto and Node built-ins. `@yika/sdk/server` has a signer
// (`privateKeyJwt`); any object of this shape works (an HSM, a KMS, a signing service).

export interface ClientAssertionRequest {
  /** The token endpoint's URL: the assertion's `aud`. */
  audience: string;
}

export interface ClientAuth {
  /** The app's client id, as registered with the platform (`iss` and `sub` of every assertion). */
  readonly clientId: string;
  /**
   * A fresh signed assertion (a compact JWS) for `audience`. Called once per token request, retries
   * included: the platform accepts each assertion's `jti` only once.
   */
  createAssertion(request: ClientAssertionRequest): Promise<string>;
  /** Scopes to ask for, space-separated. Default: every scope the app is registered for. */
  readonly scope?: string;
}

export const TOKEN_ENDPOINT_PATH = '/v1/oauth/token';
export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
