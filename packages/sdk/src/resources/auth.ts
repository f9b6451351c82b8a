// client.auth: resident sign-in (WeChat login code, SMS code), session refresh, sign-out, the account
// and the platform's signing keys. Sign-in methods store the session's tokens in the token store.
import { AuthError } from '../errors';
import type { components } from '../generated/openapi';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type { TokenManager } from '../core/token-manager';
import type { Account, Jwks, Session, SmsCodeSent } from '../types';

type Schemas = components['schemas'];

export class AuthResource {
  constructor(
    private readonly sender: RequestSender,
    private readonly tokens: TokenManager,
    private readonly onLogoutFailure: (error: unknown) => void,
  ) {}

  /** Exchanges the code from `wx.login` (single-use) for a session, and stores it. */
  async loginWithWechatCode(code: string, options?: RequestOptions): Promise<Session> {
    const body: Schemas['WechatLoginRequest'] = { code };
    return this.signIn('/v1/auth/wechat-login', body, options);
  }

  /** Sends a six-digit sign-in code to a mainland mobile number (one per minute per phone). */
  sendSmsCode(phone: string, options?: RequestOptions): Promise<SmsCodeSent> {
    const body: Schemas['SmsCodeRequest'] = { phone, purpose: 'login' };
    return this.sender.request<SmsCodeSent>(
      { method: 'POST', path: '/v1/auth/sms-codes', body, auth: 'none' },
      options,
    );
  }

  /** Signs in with the phone and the SMS code (H5), and stores the session. */
  loginWithSmsCode(phone: string, code: string, options?: RequestOptions): Promise<Session> {
    const body: Schemas['SmsLoginRequest'] = { phone, code };
    return this.signIn('/v1/auth/sms-login', body, options);
  }

  /**
   * Refreshes the session now. Normally unnecessary: the client refreshes on its own before the access
   * token expires and after a 401. Shares an in-flight refresh instead of starting a second one. The
   * refresh call is the client's own (shared by every caller), so it takes no per-call options.
   */
  async refresh(): Promise<Session> {
    await this.tokens.refresh();
    const session = this.tokens.lastSession();
    if (session === null) throw new AuthError('SIGNED_OUT');
    return session;
  }

  /**
   * Signs out: forgets the tokens on this device at once, then asks the platform to revoke the refresh
   * token. Resolves even when that call fails (offline): the resident is signed out here either way,
   * and the failure goes to the logger.
   */
  async logout(options?: RequestOptions): Promise<void> {
    const tokens = await this.tokens.current();
    await this.tokens.clear();
    if (tokens === null) return;
    const body: Schemas['LogoutRequest'] = { refreshToken: tokens.refreshToken };
    try {
      await this.sender.request<void>(
        { method: 'POST', path: '/v1/auth/logout', body, auth: 'none' },
        options,
      );
    } catch (error) {
      this.onLogoutFailure(error);
    }
  }

  /** The signed-in account. Rejects with AuthError `SIGNED_OUT` when there is no session. */
  me(options?: RequestOptions): Promise<Account> {
    return this.sender.request<Account>({ method: 'GET', path: '/v1/me', auth: 'required' }, options);
  }

  /** Whether this device holds a session that can still be refreshed. No network call. */
  isSignedIn(): Promise<boolean> {
    return this.tokens.isSignedIn();
  }

  /** The platform's public signing keys, to verify its tokens and signed codes offline. */
  getJwks(options?: RequestOptions): Promise<Jwks> {
    return this.sender.request<Jwks>(
      { method: 'GET', path: '/v1/.well-known/jwks.json', auth: 'none' },
      options,
    );
  }

  private async signIn(path: string, body: object, options: RequestOptions | undefined): Promise<Session> {
    const session = await this.sender.request<Session>({ method: 'POST', path, body, auth: 'none' }, options);
    await this.tokens.save(session);
    return session;
  }
}
