// Refresh tokens: opaque, 30 days, rotated on every use. Each sign-in starts a token family; presenting a
// token that was already rotated is treated as theft (OAuth 2.0 Security BCP, RFC 9700 4.14) and ends the
// whole family, so neither the thief nor the resident can keep using it.
import type { MockClock } from '../clock';
import { PlatformError } from './errors';
import { randomToken } from './secrets';

export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

interface RefreshTokenRecord {
  accountId: string;
  familyId: string;
  expiresAtMs: number;
  state: 'active' | 'rotated' | 'revoked';
}

export interface IssuedRefreshToken {
  refreshToken: string;
  accountId: string;
  familyId: string;
  expiresInSeconds: number;
}

export class SessionRegistry {
  private readonly tokens = new Map<string, RefreshTokenRecord>();
  private readonly revokedFamilies = new Set<string>();

  constructor(private readonly clock: MockClock) {}

  start(accountId: string): IssuedRefreshToken {
    return this.issue(accountId, randomToken('sid_', 12));
  }

  /** Spends a refresh token and returns its successor; any problem is INVALID_REFRESH_TOKEN. */
  rotate(refreshToken: string): IssuedRefreshToken {
    const record = this.tokens.get(refreshToken);
    if (!record || record.state === 'revoked' || this.revokedFamilies.has(record.familyId)) {
      throw new PlatformError('INVALID_REFRESH_TOKEN');
    }
    if (record.state === 'rotated') {
      this.revokedFamilies.add(record.familyId);
      throw new PlatformError('INVALID_REFRESH_TOKEN');
    }
    if (record.expiresAtMs <= this.clock.now()) throw new PlatformError('INVALID_REFRESH_TOKEN');
    record.state = 'rotated';
    return this.issue(record.accountId, record.familyId);
  }

  /** Signs the family out. Unknown tokens are ignored: signing out twice is not an error. */
  revoke(refreshToken: string): void {
    const record = this.tokens.get(refreshToken);
    if (!record) return;
    record.state = 'revoked';
    this.revokedFamilies.add(record.familyId);
  }

  isFamilyActive(familyId: string): boolean {
    return !this.revokedFamilies.has(familyId);
  }

  private issue(accountId: string, familyId: string): IssuedRefreshToken {
    const refreshToken = randomToken('rt_');
    this.tokens.set(refreshToken, {
      accountId,
      familyId,
      expiresAtMs: this.clock.now() + REFRESH_TOKEN_TTL_SECONDS * 1000,
      state: 'active',
    });
    return { refreshToken, accountId, familyId, expiresInSeconds: REFRESH_TOKEN_TTL_SECONDS };
  }
}
