// privateKeyJwt signs RFC 7523 client assertions: iss = sub = client id, aud the token endpoint, a short
// exp, iat, a fresh jti per call, the registered kid; from a JWK or PKCS#8 PEM, ES256, RS256 or PS256.
import { generateKeyPairSync } from 'node:crypto';
import { decodeProtectedHeader, importJWK, jwtVerify, type JWK } from 'jose';
import { privateKeyJwt } from '../../src/entries/server';

const AUDIENCE = 'http://platform.test/v1/oauth/token';
const NOW = Date.UTC(2026, 10, 23, 2, 0, 0);

function ecPair(): { privateJwk: JWK; publicJwk: JWK; pem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privateJwk: privateKey.export({ format: 'jwk' }) as JWK,
    publicJwk: publicKey.export({ format: 'jwk' }) as JWK,
    pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

describe('privateKeyJwt', () => {
  it('signs an assertion the platform can check, with a fresh jti each time', async () => {
    const { privateJwk, publicJwk } = ecPair();
    const signer = privateKeyJwt({
      clientId: 'app_his',
      privateKey: { ...privateJwk, kid: 'k1' },
      now: () => NOW,
    });
    expect(signer.clientId).toBe('app_his');
    const first = await signer.createAssertion({ audience: AUDIENCE });
    const second = await signer.createAssertion({ audience: AUDIENCE });
    expect(decodeProtectedHeader(first)).toEqual({ alg: 'ES256', typ: 'JWT', kid: 'k1' });
    const { payload } = await jwtVerify(first, await importJWK(publicJwk, 'ES256'), {
      algorithms: ['ES256'],
      issuer: 'app_his',
      subject: 'app_his',
      audience: AUDIENCE,
      currentDate: new Date(NOW),
    });
    expect(payload).toMatchObject({ iat: NOW / 1000, exp: NOW / 1000 + 60, jti: expect.any(String) });
    const { payload: next } = await jwtVerify(second, await importJWK(publicJwk, 'ES256'), {
      currentDate: new Date(NOW),
    });
    expect(next.jti).not.toBe(payload.jti);
  });

  it('takes PKCS#8 PEM, RSA with PS256, a kid and a scope', async () => {
    const { pem } = ecPair();
    const ec = privateKeyJwt({ clientId: 'app_1', privateKey: pem, keyId: 'pem-1', scope: 'hospital' });
    expect(ec.scope).toBe('hospital');
    expect(decodeProtectedHeader(await ec.createAssertion({ audience: AUDIENCE }))).toMatchObject({
      kid: 'pem-1',
    });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const ps = privateKeyJwt({
      clientId: 'app_2',
      privateKey: rsa.export({ format: 'pem', type: 'pkcs8' }).toString(),
      algorithm: 'PS256',
    });
    expect(decodeProtectedHeader(await ps.createAssertion({ audience: AUDIENCE })).alg).toBe('PS256');
  });

  it('refuses a public key, an algorithm outside the allowlist and too long a lifetime, without echoing the key', async () => {
    const { publicJwk, pem } = ecPair();
    expect(() => privateKeyJwt({ clientId: 'a', privateKey: publicJwk })).toThrow(/private JWK/);
    expect(() => privateKeyJwt({ clientId: 'a', privateKey: pem, algorithm: 'HS256' as never })).toThrow(
      /ES256, RS256, PS256/,
    );
    expect(() => privateKeyJwt({ clientId: 'a', privateKey: pem, lifetimeSeconds: 301 })).toThrow(/1 to 300/);
    const broken = privateKeyJwt({
      clientId: 'a',
      privateKey: '-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----',
    });
    const error = await broken.createAssertion({ audience: AUDIENCE }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).not.toContain('nope');
  });
});
