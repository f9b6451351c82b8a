import { createClock } from '../src/clock';

describe('mock clock', () => {
  let elapsed = 0;
  const clock = () => createClock('2026-11-23T08:00:00+08:00', () => elapsed);

  beforeEach(() => {
    elapsed = 0;
  });

  it('starts at the given time and keeps flowing with real time', () => {
    const subject = clock();
    expect(subject.now()).toBe(Date.parse('2026-11-23T00:00:00Z'));
    elapsed = 1500;
    expect(subject.now()).toBe(Date.parse('2026-11-23T00:00:01.500Z'));
  });

  it('advances and jumps', () => {
    const subject = clock();
    subject.advance(60_000);
    expect(subject.now()).toBe(Date.parse('2026-11-23T00:01:00Z'));
    elapsed = 10;
    subject.set(0);
    expect(subject.now()).toBe(0);
    elapsed = 20;
    expect(subject.now()).toBe(10);
  });

  it('defaults to the real time now and refuses nonsense', () => {
    const before = Date.now();
    const subject = createClock();
    expect(subject.now()).toBeGreaterThanOrEqual(before);
    expect(subject.now()).toBeLessThan(before + 5_000);
    expect(() => createClock('not a time')).toThrow(RangeError);
    expect(() => subject.advance(Number.NaN)).toThrow(RangeError);
  });
});
