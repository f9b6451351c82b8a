// The ledger forgets answered keys once they are 24 hours old, on the next claim, without walking every
// key on every claim (the standalone server claims thousands a second under load). The clock stands still.
import { createClock } from '../src/clock';
import { IDEMPOTENCY_RETENTION_MS, IdempotencyLedger } from '../src/store/idempotency';

const answer = { status: 201, headers: [] as [string, string][], body: '{}' };

function claimAndAnswer(ledger: IdempotencyLedger, key: string): void {
  const claim = ledger.claim('acc_1', key, `POST /v1/holds\n${key}`);
  if (claim.kind !== 'fresh') throw new Error(`${key} was not fresh`);
  claim.complete(answer);
}

it('drops answered keys older than the retention on the next claim, and only those', () => {
  const clock = createClock('2026-11-23T10:00:00+08:00', () => 0);
  const ledger = new IdempotencyLedger(clock);
  claimAndAnswer(ledger, 'key-old-1');
  claimAndAnswer(ledger, 'key-old-2');
  clock.advance(IDEMPOTENCY_RETENTION_MS / 2);
  claimAndAnswer(ledger, 'key-young');
  expect(ledger.size).toBe(3);

  clock.advance(IDEMPOTENCY_RETENTION_MS / 2 - 1);
  claimAndAnswer(ledger, 'key-before-expiry');
  expect(ledger.size).toBe(4);

  clock.advance(1);
  claimAndAnswer(ledger, 'key-at-expiry');
  expect(ledger.size).toBe(3);

  clock.advance(IDEMPOTENCY_RETENTION_MS / 2);
  claimAndAnswer(ledger, 'key-last');
  expect(ledger.size).toBe(3);
});

it('keeps a key still running past the retention, and prunes once it is answered', () => {
  const clock = createClock('2026-11-23T10:00:00+08:00', () => 0);
  const ledger = new IdempotencyLedger(clock);
  const running = ledger.claim('acc_1', 'key-running', 'POST /v1/holds');
  if (running.kind !== 'fresh') throw new Error('not fresh');
  clock.advance(IDEMPOTENCY_RETENTION_MS);
  claimAndAnswer(ledger, 'key-next');
  expect(ledger.size).toBe(2);
  running.complete(answer);
  claimAndAnswer(ledger, 'key-after');
  expect(ledger.size).toBe(2);
});

it('still prunes keys claimed after the clock was set back', () => {
  const clock = createClock('2026-11-23T10:00:00+08:00', () => 0);
  const ledger = new IdempotencyLedger(clock);
  claimAndAnswer(ledger, 'key-first');
  clock.set('2026-11-20T10:00:00+08:00');
  claimAndAnswer(ledger, 'key-earlier');
  clock.set('2026-11-21T10:00:00+08:00');
  claimAndAnswer(ledger, 'key-day-later');
  expect(ledger.size).toBe(2);
});
