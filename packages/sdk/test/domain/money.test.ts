import { formatFen, formatYuan } from '../../src/domain/money';

describe('formatFen / formatYuan', () => {
  it.each([
    [0, '0.00', '¥0.00'],
    [5, '0.05', '¥0.05'],
    [50, '0.50', '¥0.50'],
    [1250, '12.50', '¥12.50'],
    [100, '1.00', '¥1.00'],
    [-1250, '-12.50', '-¥12.50'],
    [-5, '-0.05', '-¥0.05'],
    [30, '0.30', '¥0.30'], // 0.1 + 0.2 yuan, the classic float trap
    [123456789, '1234567.89', '¥1234567.89'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91', '¥90071992547409.91'],
  ])('%d fen -> %s / %s', (fen, plain, yuan) => {
    expect(formatFen(fen)).toBe(plain);
    expect(formatYuan(fen)).toBe(yuan);
  });

  it.each([12.5, Number.NaN, Infinity, 2 ** 60])('refuses %p: money is integer fen', (fen) => {
    expect(() => formatFen(fen)).toThrow(RangeError);
  });
});
