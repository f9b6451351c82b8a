// Card fixtures and a stand-in for the platform's signing key: dynamic codes are signed here with jose,
// the way the platform signs them, so the verifier is tested against real ES256 signatures.
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import type { Card, Jwks } from '../../src/types';

export const CARD_ID = '3F2A5B7C9D1E0F2A4B6C8D0E1F3A5B7C9D1E2F4A6B8C0D1E3F5A7B9C0D2E9C01';
export const OTHER_CARD_ID = 'B0C1D2E3F405162738495A6B7C8D9E0FB0C1D2E3F405162738495A6B7C8D9E0F';
export const ISSUER = 'https://platform.yika.local';
export const CODE_TYPE = 'yika-card-code+jwt';

export function card(overrides: Partial<Card> = {}): Card {
  return {
    id: 'crd_1',
    cardId: CARD_ID,
    staticQrText: `${CARD_ID}:1`,
    holder: {
      name: '张伟',
      gender: 'male',
      nation: '01',
      birthDate: '1990-03-07',
      idType: '01',
      maskedIdNumber: '330203********0615',
      maskedPhone: '138****5678',
    },
    relation: 'self',
    isDefault: true,
    state: 'normal',
    attribute: 'temporary',
    isMinor: false,
    socialSecurityLinked: false,
    boundAt: '2026-11-23T08:00:00+08:00',
    createdAt: '2026-11-23T08:00:00+08:00',
    ...overrides,
  };
}

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwks: Jwks;
}

export async function signingKey(kid = 'k1'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  return {
    kid,
    privateKey,
    jwks: { keys: [{ ...jwk, kid, use: 'sig', alg: 'ES256' } as Jwks['keys'][number]] },
  };
}

export interface CodeClaims {
  sub?: string;
  iss?: string;
  iat?: number;
  exp?: number;
  alg?: string;
  typ?: string;
  kid?: string | null;
}

/** A dynamic code's JWS as the platform would sign it at `nowMs` (60 s TTL), with overrides for faults. */
export async function signCode(key: SigningKey, nowMs: number, claims: CodeClaims = {}): Promise<string> {
  const iat = claims.iat ?? Math.floor(nowMs / 1000);
  const header: { alg: string; typ: string; kid?: string } = {
    alg: claims.alg ?? 'ES256',
    typ: claims.typ ?? CODE_TYPE,
  };
  if (claims.kid !== null) header.kid = claims.kid ?? key.kid;
  return new SignJWT({})
    .setProtectedHeader(header)
    .setIssuer(claims.iss ?? ISSUER)
    .setSubject(claims.sub ?? CARD_ID)
    .setIssuedAt(iat)
    .setExpirationTime(claims.exp ?? iat + 60)
    .setJti(`jti_${iat}_${Math.random().toString(36).slice(2)}`)
    .sign(key.privateKey);
}

export function dynamicQrText(jws: string, cardId = CARD_ID): string {
  return `${cardId}:0:${jws}`;
}
