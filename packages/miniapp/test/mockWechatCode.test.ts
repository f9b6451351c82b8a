import { MOCK_WECHAT_CODE_PATTERN, mockWechatLoginCode } from '../src/lib/mockWechatCode';

describe('mockWechatLoginCode', () => {
  it('is well-formed for the platform even at the ends of the random range', () => {
    for (const value of [0, 0.5, 0.999999999]) {
      expect(mockWechatLoginCode(() => value)).toMatch(MOCK_WECHAT_CODE_PATTERN);
    }
  });

  it('differs between presses (codes are single-use)', () => {
    const codes = new Set(Array.from({ length: 50 }, () => mockWechatLoginCode()));
    expect(codes.size).toBe(50);
  });
});
