// E-health card IDs: 64 upper-case hex characters, one per person. The national scheme derives the ID
// from the ID type and number with SM4 under the issuing platform's key; the mock stands in HMAC-SHA256
// under a secret derived from the seed, which keeps the two properties that matter: the same person always
// gets the same card ID, and the ID does not reveal the ID number.
import { createHash, createHmac } from 'node:crypto';
import type { IdType } from '../../contract/wire';

export type CardIdDeriver = (idType: IdType, idNumber: string) => string;

export function createCardIdDeriver(seed: number): CardIdDeriver {
  const secret = createHash('sha256').update(`yika-mock/card-id/${seed}`).digest();
  return (idType, idNumber) =>
    createHmac('sha256', secret).update(`${idType}:${idNumber}`).digest('hex').toUpperCase();
}
