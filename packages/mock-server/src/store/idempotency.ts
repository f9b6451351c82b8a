// Idempotency keys (Stripe's model). A key is scoped to the caller (account, or anonymous) and remembers
// what the request was (a fingerprint of method, path and body) and, once done, the answer:
// - same key, same request, done         -> replay the stored answer, no second effect
// - same key, same request, still running -> IDEMPOTENCY_IN_PROGRESS
// - same key, another request             -> IDEMPOTENCY_CONFLICT
// Keys are kept 24 hours by the platform clock.
import type { MockClock } from '../clock';
import { PlatformError } from './errors';

export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

interface Entry {
  fingerprint: string;
  createdAtMs: number;
  response?: StoredResponse;
}

export type IdempotencyClaim =
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'fresh'; complete(response: StoredResponse): void; release(): void };

export class IdempotencyLedger {
  private readonly entries = new Map<string, Entry>();
  /** No entry expires before this instant, so pruning earlier finds nothing (keeps a claim O(1)). */
  private nextExpiryMs = Infinity;

  constructor(private readonly clock: MockClock) {}

  /**
   * Claims a key for a request, synchronously: the check and the claim happen in one step, so concurrent
   * duplicates cannot both see the key as free.
   */
  claim(scope: string, key: string, fingerprint: string): IdempotencyClaim {
    const id = `${scope}\u0000${key}`;
    const now = this.clock.now();
    const existing = this.entries.get(id);
    if (existing && existing.createdAtMs + IDEMPOTENCY_RETENTION_MS > now) {
      if (existing.fingerprint !== fingerprint) throw new PlatformError('IDEMPOTENCY_CONFLICT');
      if (!existing.response) throw new PlatformError('IDEMPOTENCY_IN_PROGRESS');
      return { kind: 'replay', response: existing.response };
    }
    if (now >= this.nextExpiryMs) this.prune(now);
    const entry: Entry = { fingerprint, createdAtMs: now };
    this.entries.set(id, entry);
    this.nextExpiryMs = Math.min(this.nextExpiryMs, now + IDEMPOTENCY_RETENTION_MS);
    return {
      kind: 'fresh',
      complete: (response) => {
        entry.response = response;
      },
      release: () => {
        if (this.entries.get(id) === entry) this.entries.delete(id);
      },
    };
  }

  get size(): number {
    return this.entries.size;
  }

  private prune(now: number): void {
    this.nextExpiryMs = Infinity;
    for (const [id, entry] of this.entries) {
      const expiresAtMs = entry.createdAtMs + IDEMPOTENCY_RETENTION_MS;
      if (entry.response && expiresAtMs <= now) this.entries.delete(id);
      else this.nextExpiryMs = Math.min(this.nextExpiryMs, expiresAtMs);
    }
  }
}
