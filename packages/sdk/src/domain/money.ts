// Money is integer fen (分) everywhere; formatting uses integer arithmetic only, so 0.1 + 0.2 never shows.

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Amounts are integer fen, got ${String(fen)}`);
}

/** `1250` -> `'12.50'`, `-5` -> `'-0.05'`. Throws RangeError for a non-integer amount (a bug upstream). */
export function formatFen(fen: number): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(fen);
  const cents = absolute % 100;
  return `${sign}${(absolute - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

/** `1250` -> `'¥12.50'`, `-1250` -> `'-¥12.50'`. */
export function formatYuan(fen: number): string {
  const formatted = formatFen(fen);
  return formatted.startsWith('-') ? `-¥${formatted.slice(1)}` : `¥${formatted}`;
}
