import { ApiError, YikaError } from '../../src/errors';
import { bannedUntilOf, limitNameOf } from '../../src/domain/booking-errors';
import { BOOKING_LIMIT_NAMES } from '../../src/domain/booking-names';

function refusal(
  code: 'BANNED_FOR_NO_SHOW' | 'BOOKING_LIMIT' | 'SLOT_UNAVAILABLE',
  details?: ApiError['details'],
) {
  return new ApiError({ status: 409, code, requestId: 'req_1', details });
}

describe('bannedUntilOf', () => {
  it('reads the end of the ban from details[0]', () => {
    const error = refusal('BANNED_FOR_NO_SHOW', [
      { field: 'bannedUntil', issue: '2027-02-21T09:00:00+08:00' },
    ]);
    expect(bannedUntilOf(error)).toBe('2027-02-21T09:00:00+08:00');
    // A plain error body (e.g. the JSON of a logged error) reads the same.
    expect(bannedUntilOf(JSON.parse(JSON.stringify({ code: error.code, details: error.details })))).toBe(
      '2027-02-21T09:00:00+08:00',
    );
  });

  it.each([
    [
      'another code',
      refusal('SLOT_UNAVAILABLE', [{ field: 'bannedUntil', issue: '2027-02-21T09:00:00+08:00' }]),
    ],
    ['no details', refusal('BANNED_FOR_NO_SHOW')],
    [
      'another field',
      refusal('BANNED_FOR_NO_SHOW', [{ field: 'limit', issue: '2027-02-21T09:00:00+08:00' }]),
    ],
    ['not a timestamp', refusal('BANNED_FOR_NO_SHOW', [{ field: 'bannedUntil', issue: 'soon' }])],
    ['a client error', new YikaError('NETWORK_ERROR')],
    ['not an error', 'BANNED_FOR_NO_SHOW'],
    ['null', null],
  ])('null for %s', (_label, error) => expect(bannedUntilOf(error)).toBeNull());
});

describe('limitNameOf', () => {
  it.each(Object.keys(BOOKING_LIMIT_NAMES))('names %s', (name) => {
    expect(limitNameOf(refusal('BOOKING_LIMIT', [{ field: 'limit', issue: name }]))).toBe(name);
  });

  it('null for an unknown limit, another code or no details', () => {
    expect(limitNameOf(refusal('BOOKING_LIMIT', [{ field: 'limit', issue: 'perYear' }]))).toBeNull();
    expect(limitNameOf(refusal('BOOKING_LIMIT', [{ field: 'limit', issue: 'toString' }]))).toBeNull();
    expect(
      limitNameOf(refusal('SLOT_UNAVAILABLE', [{ field: 'limit', issue: 'perAccountPerMonth' }])),
    ).toBeNull();
    expect(limitNameOf(refusal('BOOKING_LIMIT'))).toBeNull();
  });
});
