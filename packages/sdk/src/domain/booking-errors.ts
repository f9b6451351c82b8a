// Reading the details of booking refusals, so a screen can say until when or which limit: the platform
// puts them in `details[0]` (contract ErrorCode). Structural checks only: works on any copy of the SDK's
// errors and on plain error bodies, and needs no HTTP client.
import type { components } from '../generated/openapi';

export type BookingLimitName = keyof components['schemas']['BookingPolicy']['limits'];

const LIMIT_NAMES: ReadonlySet<string> = new Set<BookingLimitName>([
  'perPatientPerDepartmentPerDay',
  'perPatientPerHospitalPerDay',
  'perAccountPerMonth',
]);

/** `details[0].issue` of an error with `code`, when its `field` is `field`. */
function detailIssue(error: unknown, code: string, field: string): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code: actual, details } = error as { code?: unknown; details?: unknown };
  if (actual !== code || !Array.isArray(details)) return null;
  const first: unknown = details[0];
  if (typeof first !== 'object' || first === null) return null;
  const detail = first as { field?: unknown; issue?: unknown };
  return detail.field === field && typeof detail.issue === 'string' ? detail.issue : null;
}

/**
 * When the no-show ban (爽约限制) of a BANNED_FOR_NO_SHOW refusal ends (the platform's ISO timestamp, for
 * `formatShanghaiDateTime`), or null for any other error or a refusal without a valid timestamp.
 */
export function bannedUntilOf(error: unknown): string | null {
  const issue = detailIssue(error, 'BANNED_FOR_NO_SHOW', 'bannedUntil');
  return issue !== null && !Number.isNaN(Date.parse(issue)) ? issue : null;
}

/** Which policy limit a BOOKING_LIMIT refusal reached (see `BOOKING_LIMIT_NAMES`), or null. */
export function limitNameOf(error: unknown): BookingLimitName | null {
  const issue = detailIssue(error, 'BOOKING_LIMIT', 'limit');
  return issue !== null && LIMIT_NAMES.has(issue) ? (issue as BookingLimitName) : null;
}
