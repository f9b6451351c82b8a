import { keepTogetherRuns } from '../src/lib/keepTogether';

describe('keepTogetherRuns', () => {
  it('sets each clock range apart, in order, and gives the text back when joined', () => {
    const text = '12月5日 周六 上午 08:00-08:30，下午 13:30-17:00';
    const runs = keepTogetherRuns(text);
    expect(runs).toEqual([
      { text: '12月5日 周六 上午 ', together: false },
      { text: '08:00-08:30', together: true },
      { text: '，下午 ', together: false },
      { text: '13:30-17:00', together: true },
    ]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
  });

  it('takes one-digit hours and a range at the very start', () => {
    expect(keepTogetherRuns('8:00-12:00 专家号')).toEqual([
      { text: '8:00-12:00', together: true },
      { text: ' 专家号', together: false },
    ]);
  });

  it('leaves text without a range (or with a lone time or a date) in one plain run', () => {
    for (const text of ['普通号 ¥5.00', '14:00 起', '2026-12-05', '']) {
      expect(keepTogetherRuns(text)).toEqual([{ text, together: false }]);
    }
  });
});
