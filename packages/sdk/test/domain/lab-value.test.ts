import { formatLabValue } from '../../src/entries/domain';

describe('formatLabValue', () => {
  it.each([
    [{ valueType: 'numeric', value: 7.8, text: '7.80', unit: 'mmol/L' }, '7.80 mmol/L'],
    [{ valueType: 'numeric', value: 7.8, unit: 'mmol/L' }, '7.8 mmol/L'],
    [{ valueType: 'numeric', value: 7.2, text: '7.2', unit: '%' }, '7.2%'],
    [{ valueType: 'numeric', value: 5.31, unit: '10^12/L' }, '5.31 10^12/L'],
    [{ valueType: 'numeric', value: 0, text: '0', unit: '' }, '0'],
    [{ valueType: 'numeric', value: 12 }, '12'],
    [{ valueType: 'text', text: '阳性(+)', unit: 'mg/dL' }, '阳性(+)'],
    [{ valueType: 'text', text: '阴性' }, '阴性'],
    [{ valueType: 'text' }, '—'],
    [{ valueType: 'numeric', unit: 'U/L' }, '—'],
  ] as const)('%j -> %s', (result, shown) => expect(formatLabValue(result)).toBe(shown));
});
