// Redaction: everything the logger and hooks receive passes through here first, so a resident's ID
// number, phone, health card ID or a token never reaches a log, whatever the app's logger does with it.
// Regexes avoid lookbehind: older iOS JavaScriptCore (WeChat on iPhone) refuses it at parse time.
import { isErrorCode } from '../domain/error-messages';
import { maskIdNumber, maskPhone } from '../domain/mask';

const REDACTED = '[REDACTED]';
const MAX_DEPTH = 8;

// Bearer credentials in headers or text.
const BEARER = /\b(Bearer)\s+[^\s,;"']+/gi;
// JWS compact form (header.payload.signature); every JOSE header starts with `eyJ` (`{"`).
const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
// Health card IDs: 64 hex characters (SM4-derived).
const CARD_ID = /(^|[^0-9A-Fa-f])([0-9A-Fa-f]{64})(?![0-9A-Fa-f])/g;
// Resident ID numbers: 17 digits and a check character, not inside a longer run of letters or digits.
const ID_NUMBER = /(^|[^0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])/g;
// Mainland mobile numbers, optionally with the +86 / 86 country code.
const PHONE = /(^|\D)((?:\+?86[- ]?)?)(1[3-9]\d{9})(?!\d)/g;

/** Field names whose values are secrets whatever they look like. Compared in lower case. */
const SECRET_FIELDS = new Set([
  'accesstoken',
  'access_token',
  'refreshtoken',
  'idtoken',
  'token',
  'password',
  'authorization',
  'cookie',
  'set-cookie',
  'secret',
  'clientsecret',
  'client_assertion',
  'assertion',
  // A hospital's API key names the hospital to the platform: a credential like a token.
  'x-yika-hospital-key',
  'hospitalkey',
  'smscode',
]);

/** Field names holding a document number, compared in lower case. */
const MASKED_DOCUMENT_FIELDS = new Set(['idnumber', 'socialsecuritynumber']);

function maskCardId(cardId: string): string {
  return `${cardId.slice(0, 4)}…${cardId.slice(-4)}`;
}

/** Masks personal data and credentials inside free text (URLs, messages, header values). */
export function redactText(text: string): string {
  return text
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(CARD_ID, (_, before: string, cardId: string) => before + maskCardId(cardId))
    .replace(ID_NUMBER, (_, before: string, idNumber: string) => before + maskIdNumber(idNumber))
    .replace(PHONE, (_, before: string, prefix: string, phone: string) => before + prefix + maskPhone(phone));
}

function redactField(key: string, value: unknown, depth: number): unknown {
  const lower = key.toLowerCase();
  if (SECRET_FIELDS.has(lower)) return value == null ? value : REDACTED;
  // `code` is a WeChat login code or an SMS code in requests (secrets), but an error code in answers
  // (worth logging): keep only values that are one of the contract's error codes.
  if (lower === 'code') return isErrorCode(value) ? value : value == null ? value : REDACTED;
  // Document numbers of any shape (passports, permits, social-security cards): the text patterns above
  // only recognise resident ID numbers, so these fields are masked by name.
  if (typeof value === 'string' && MASKED_DOCUMENT_FIELDS.has(lower)) return maskIdNumber(value);
  return redactValue(value, depth + 1);
}

/** A redacted deep copy of a JSON-like value. Cycles and very deep values are cut off. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    copy[key] = redactField(key, (value as Record<string, unknown>)[key], depth);
  }
  return copy;
}

/** Redacted copy of request or response headers (plain strings only). */
export function redactHeaders(headers: Record<string, unknown>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const key of Object.keys(headers)) {
    const value = headers[key];
    if (value == null || typeof value === 'function') continue;
    const lower = key.toLowerCase();
    copy[key] =
      lower === 'authorization'
        ? String(value).replace(/^(\S+)\s+.*$/, `$1 ${REDACTED}`)
        : SECRET_FIELDS.has(lower)
          ? REDACTED
          : redactText(String(value));
  }
  return copy;
}
