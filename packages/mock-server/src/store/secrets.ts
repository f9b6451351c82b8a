// Unguessable values (tokens, one-time codes). These come from the OS, not the seeded PRNG: seeds make
// data repeatable, but two platforms with the same seed must not hand out the same refresh tokens.
import { randomBytes, randomInt } from 'node:crypto';

export function randomToken(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

export function randomDigits(count: number): string {
  let digits = '';
  for (let i = 0; i < count; i++) digits += String(randomInt(0, 10));
  return digits;
}
