// WeChat login codes (the `code` from wx.login): single use, valid 5 minutes. Codes this platform issued
// map to their openid; any other well-formed code maps to the demo resident, so WeChat DevTools (whose
// codes the platform never issued) and the H5 "模拟微信登录" button can sign in during development.
import type { MockClock } from '../clock';
import { PlatformError } from './errors';
import { randomToken } from './secrets';
import { DEMO_OPENID } from './seed/residents';

export const WECHAT_CODE_TTL_SECONDS = 5 * 60;
const WELL_FORMED_CODE = /^[A-Za-z0-9_-]{8,128}$/;

interface IssuedCode {
  openid: string;
  expiresAtMs: number;
}

export class WechatDesk {
  private readonly issued = new Map<string, IssuedCode>();
  private readonly spent = new Set<string>();

  constructor(private readonly clock: MockClock) {}

  /** A code like wx.login gives, for `openid` (default: the demo resident). */
  issueLoginCode(openid: string = DEMO_OPENID): string {
    const code = randomToken('wxc_', 18);
    this.issued.set(code, { openid, expiresAtMs: this.clock.now() + WECHAT_CODE_TTL_SECONDS * 1000 });
    return code;
  }

  /** Spends a code and returns the openid it stands for; throws INVALID_LOGIN_CODE. */
  redeem(code: string): string {
    if (!WELL_FORMED_CODE.test(code) || this.spent.has(code)) throw new PlatformError('INVALID_LOGIN_CODE');
    this.spent.add(code);
    const issued = this.issued.get(code);
    if (!issued) return DEMO_OPENID;
    this.issued.delete(code);
    if (issued.expiresAtMs <= this.clock.now()) throw new PlatformError('INVALID_LOGIN_CODE');
    return issued.openid;
  }
}
