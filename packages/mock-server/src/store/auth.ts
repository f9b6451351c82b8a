// Resident sign-in, as the platform's rules say: WeChat code or SMS code in, a session out (access JWT +
// rotating refresh token); refresh, sign-out, and who-am-I. Every check-and-spend step (redeem a code,
// rotate a refresh token) happens synchronously before the first await, so concurrent requests cannot
// both spend the same thing.
import type { AccessTokens } from '../auth/tokens';
import type { Account, Session, SmsCodeSent, SmsPurpose } from '../contract/wire';
import type { AccountRegistry } from './accounts';
import { PlatformError } from './errors';
import type { AccountRecord } from './seed/build';
import type { IssuedRefreshToken, SessionRegistry } from './sessions';
import type { SmsDesk } from './sms';
import type { WechatDesk } from './wechat';

export class ResidentAuth {
  constructor(
    private readonly accounts: AccountRegistry,
    private readonly sessions: SessionRegistry,
    private readonly sms: SmsDesk,
    private readonly wechat: WechatDesk,
    private readonly tokens: AccessTokens,
  ) {}

  loginWithWechatCode(code: string): Promise<Session> {
    const openid = this.wechat.redeem(code);
    const account = this.accounts.findOrCreateByOpenid(openid);
    return this.sessionFor(account, this.sessions.start(account.id));
  }

  sendSmsCode(phone: string, purpose: SmsPurpose): SmsCodeSent {
    return this.sms.send(phone, purpose);
  }

  loginWithSmsCode(phone: string, code: string): Promise<Session> {
    this.sms.verify(phone, code, 'login');
    const account = this.accounts.findOrCreateByPhone(phone);
    return this.sessionFor(account, this.sessions.start(account.id));
  }

  refresh(refreshToken: string): Promise<Session> {
    const next = this.sessions.rotate(refreshToken);
    const account = this.accounts.get(next.accountId);
    if (!account) throw new PlatformError('INVALID_REFRESH_TOKEN');
    return this.sessionFor(account, next);
  }

  logout(refreshToken: string): void {
    this.sessions.revoke(refreshToken);
  }

  /** The account behind a verified access token. */
  async authenticate(accessToken: string): Promise<string> {
    const { accountId } = await this.tokens.verify(accessToken);
    if (!this.accounts.get(accountId)) throw new PlatformError('UNAUTHENTICATED');
    return accountId;
  }

  me(accountId: string): Account {
    const account = this.accounts.get(accountId);
    if (!account) throw new PlatformError('UNAUTHENTICATED');
    return this.accounts.toAccount(account);
  }

  private async sessionFor(account: AccountRecord, refresh: IssuedRefreshToken): Promise<Session> {
    const accessToken = await this.tokens.issue({ accountId: account.id, familyId: refresh.familyId });
    return {
      accessToken,
      refreshToken: refresh.refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      refreshExpiresIn: refresh.expiresInSeconds,
      account: this.accounts.toAccount(account),
    };
  }
}
