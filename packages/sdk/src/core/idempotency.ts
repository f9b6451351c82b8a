// Idempotency keys make a retried POST safe: the platform replays its first answer for a key it has seen.
// They need to be unique, not secret (they protect against duplicates, not against an attacker, who would
// need the resident's access token anyway), so Math.random is enough and the core stays free of WebCrypto,
// which the mini-program lacks. A millisecond timestamp prefix keeps keys from two devices apart even
// if their generators were seeded alike. Shape fits the contract: 8-128 of [A-Za-z0-9_.:-].

function randomChunk(): string {
  // 8 base-36 characters, about 41 bits from one Math.random() call; padded when the number is short.
  return (Math.random().toString(36).slice(2) + '00000000').slice(0, 8);
}

export function generateIdempotencyKey(): string {
  return `yk_${Date.now().toString(36)}_${randomChunk()}${randomChunk()}${randomChunk()}`;
}
