// Opaque page cursors: base64url of the next offset plus a fingerprint of the filters the list was asked
// with. A cursor used with other filters (or made up) is refused rather than silently giving a wrong page.
import { validationFailed } from './errors';

interface CursorPayload {
  o: number;
  f: string;
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
