// The platform's signing key: a fresh ES256 (P-256) pair per platform instance (and per reset), published
// as a JWKS. Generated synchronously with node:crypto so createPlatform stays synchronous and fast; jose
// signs and verifies with the KeyObjects directly.
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Jwk, Jwks } from '../contract/wire';

export interface SigningKeys {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  jwks(): Jwks;
}

export function generateSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const exported = publicKey.export({ format: 'jwk' });
  if (typeof exported.x !== 'string' || typeof exported.y !== 'string') throw new Error('EC key without x/y');
  const { x, y } = exported;
  // RFC 7638 thumbprint as the kid: stable for the key, different for every new key.
  const kid = createHash('sha256')
    .update(JSON.stringify({ crv: 'P-256', kty: 'EC', x, y }))
    .digest('base64url');
  const jwk: Jwk = { kty: 'EC', crv: 'P-256', x, y, kid, use: 'sig', alg: 'ES256' };
  return { kid, privateKey, publicKey, jwks: () => ({ keys: [{ ...jwk }] }) };
}
