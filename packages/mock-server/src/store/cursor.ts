// Cursor pagination for every list: opaque cursors are base64url of the next offset plus a fingerprint of
// the filters the list was asked with. A cursor used with other filters (or made up) is refused rather
// than silently giving a wrong page.
import { PlatformError, validationFailed } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

interface CursorPayload {
  o: number;
  f: string;
}

export interface PageRequest {
  cursor?: string;
  limit?: number;
}

export interface PageOf<T> {
  data: T[];
  nextCursor: string | null;
}

/**
 * One page of `matches` (the whole filtered list, in order), turned into wire items by `toWire` (only the
 * page's items are converted). `filters` are what the list was asked with, for the cursor's fingerprint.
 */
export function pageOf<T, W>(
  matches: readonly T[],
  request: PageRequest,
  filters: unknown,
  toWire: (item: T) => W,
): PageOf<W> {
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new PlatformError('VALIDATION_FAILED', {
      details: [{ field: 'query.limit', issue: `must be an integer from 1 to ${MAX_PAGE_SIZE}` }],
    });
  }
  const filterFingerprint = fingerprint(filters);
  const offset =
    request.cursor === undefined ? 0 : decodeCursor(request.cursor, filterFingerprint, matches.length);
  const end = offset + limit;
  return {
    data: matches.slice(offset, end).map(toWire),
    nextCursor: end < matches.length ? encodeCursor(end, filterFingerprint) : null,
  };
}

/** FNV-1a, 32 bit: enough to tell filter sets apart, not a security measure. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function encodeCursor(offset: number, filterFingerprint: string): string {
  const payload: CursorPayload = { o: offset, f: filterFingerprint };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** The offset a cursor points at; throws VALIDATION_FAILED (query.cursor) when it does not fit. */
export function decodeCursor(cursor: string, filterFingerprint: string, total: number): number {
  const invalid = (issue: string) => validationFailed('query.cursor', issue);
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('is not a cursor this list gave out');
  }
  if (!isCursorPayload(payload)) throw invalid('is not a cursor this list gave out');
  if (payload.f !== filterFingerprint) throw invalid('belongs to a list with other filters');
  if (payload.o < 1 || payload.o > total) throw invalid('points outside the list');
  return payload.o;
}

function isCursorPayload(value: unknown): value is CursorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { o, f } = value as Record<string, unknown>;
  return typeof o === 'number' && Number.isSafeInteger(o) && typeof f === 'string';
}
