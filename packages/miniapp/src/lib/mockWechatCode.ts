// H5 has no wx.login. In development the mock platform resolves any well-formed code it did not issue
// to the demo resident, so the "模拟微信登录" button sends a random one (codes are single-use).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const MOCK_WECHAT_CODE_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

export function mockWechatLoginCode(random: () => number = Math.random): string {
  let suffix = '';
  for (let i = 0; i < 24; i += 1)
    suffix += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length];
  return `h5mock_${suffix}`;
}
