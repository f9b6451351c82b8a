// privateKeyJwt: the signer a hospital's or third party's server gives `createClient({ clientAuth })`.
// Each call signs a fresh client assertion (RFC 7523 §3): `iss` = `sub` = the client id, `aud` the token
// endpoint, a short life (60 s by default, at most the platform's 300 s), `iat`, and a random `jti`, which
// the platform accepts once. The key is imported once, on first use, and never leaves this closure: it
// is not logged and not attached to any error.
import { importJWK, importPKCS8, SignJWT, type JWK } from 'jose';
import type { ClientAssertionRequest, ClientAuth } from '../core/client-auth';

/** The algorithms the platform accepts for assertions. */
export type ClientAssertionAlgorithm = 'ES256' | 'RS256' | 'PS256';

export interface PrivateKeyJwtOptions {
  /** The app's client id, as registered. */
  clientId: string;
  /** The app's private key: a JWK (with `d`) or PKCS#8 PEM text (`-----BEGIN PRIVATE KEY-----`). */
  privateKey: JWK | string;
  /** The registered public key's `kid` (needed when the app has several keys). Default: the JWK's `kid`. */
  keyId?: string;
  /** Default: the JWK's `alg`, else ES256. */
  algorithm?: ClientAssertionAlgorithm;
  /** Scopes to ask for, space-separated. Default: every scope the app is registered for. */
  scope?: string;
  /** Lifetime of each assertion in seconds, 1 to 300. Default 60. */
  lifetimeSeconds?: number;
  /** Epoch-ms clock for `iat`/`exp` (tests). Default Date.now. */
  now?: () => number;
}

const ALGORITHMS: readonly ClientAssertionAlgorithm[] = ['ES256', 'RS256', 'PS256'];
const MAX_LIFETIME_SECONDS = 300;

type SigningKey = Awaited<ReturnType<typeof importPKCS8>>;

export function privateKeyJwt(options: PrivateKeyJwtOptions): ClientAuth {
  const { clientId, privateKey } = options;
  if (typeof clientId !== 'string' || clientId === '')
    throw new TypeError('privateKeyJwt: clientId is required');
  const jwk = typeof privateKey === 'string' ? undefined : privateKey;
  const algorithm = options.algorithm ?? (jwk?.alg as ClientAssertionAlgorithm | undefined) ?? 'ES256';
  if (!ALGORITHMS.includes(algorithm)) {
    throw new TypeError(`privateKeyJwt: algorithm must be one of ${ALGORITHMS.join(', ')}`);
  }
  const lifetimeSeconds = options.lifetimeSeconds ?? 60;
  if (!Number.isInteger(lifetimeSeconds) || lifetimeSeconds < 1 || lifetimeSeconds > MAX_LIFETIME_SECONDS) {
    throw new TypeError(
      `privateKeyJwt: lifetimeSeconds must be a whole number from 1 to ${MAX_LIFETIME_SECONDS}`,
    );
  }
  if (jwk !== undefined && typeof jwk.d !== 'string') {
    throw new TypeError('privateKeyJwt: privateKey must be a private JWK (with d) or PKCS#8 PEM text');
  }
  const keyId = options.keyId ?? jwk?.kid;
  const now = options.now ?? Date.now;
  let imported: Promise<SigningKey> | undefined;
  const key = (): Promise<SigningKey> => {
    imported ??= (
      typeof privateKey === 'string'
        ? importPKCS8(privateKey, algorithm)
        : (importJWK(privateKey, algorithm) as Promise<SigningKey>)
    ).catch(() => {
      imported = undefined;
      // A configuration fault, not the platform's answer; the key's text is never part of the message.
      throw new TypeError(`privateKeyJwt: the private key could not be imported for ${algorithm}`);
    });
    return imported;
  };

  return {
    clientId,
    ...(options.scope === undefined ? {} : { scope: options.scope }),
    async createAssertion({ audience }: ClientAssertionRequest): Promise<string> {
      const issuedAt = Math.floor(now() / 1000);
      return new SignJWT({})
        .setProtectedHeader({ alg: algorithm, typ: 'JWT', ...(keyId === undefined ? {} : { kid: keyId }) })
        .setIssuer(clientId)
        .setSubject(clientId)
        .setAudience(audience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + lifetimeSeconds)
        .setJti(globalThis.crypto.randomUUID())
        .sign(await key());
    },
  };
}
