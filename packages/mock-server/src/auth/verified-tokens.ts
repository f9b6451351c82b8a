// Access tokens already verified, as an API gateway keeps them: checking an ES256 signature costs far more
// than the rest of a hold (锁号) request, and a resident sends the same token with every request for its
// whole lifetime. Only what cannot change for a given token string under one signing key is kept (its
// claims and exp); the expiry check still runs on every use against the platform clock, and the account
// check after it stays with the caller. Sign-out does not end access tokens on this platform (they run
// out on their own, says the contract), so there is nothing else to re-check on a hit.

export interface VerifiedToken {
  accountId: string;
  familyId: string;
  /** The `exp` claim, epoch seconds. */
  expiresAtSeconds: number;
}

export const VERIFIED_TOKENS_KEPT = 10_000;

/** A bounded map of token -> claims, least recently used out first. */
export class VerifiedTokens {
  // A Map iterates in insertion order: re-inserting on every hit makes the first key the least recent.
  private readonly byToken = new Map<string, VerifiedToken>();

  constructor(private readonly capacity: number = VERIFIED_TOKENS_KEPT) {}

  get(token: string): VerifiedToken | undefined {
    const verified = this.byToken.get(token);
    if (verified === undefined) return undefined;
    this.byToken.delete(token);
    this.byToken.set(token, verified);
    return verified;
  }

  remember(token: string, verified: VerifiedToken): void {
    this.byToken.delete(token);
    this.byToken.set(token, verified);
    if (this.byToken.size > this.capacity) {
      const leastRecent = this.byToken.keys().next().value;
      if (leastRecent !== undefined) this.byToken.delete(leastRecent);
    }
  }

  forget(token: string): void {
    this.byToken.delete(token);
  }

  get size(): number {
    return this.byToken.size;
  }
}
