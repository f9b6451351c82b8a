import {
  interpretationCue,
  interpretationText,
  labResultBlocks,
  labResultRow,
  trendCodesOf,
} from '../src/lib/labResults';
import { labResultFixture } from './fixtures/reports';

const trendCodes = new Set(['GLU', 'K']);

describe('interpretation cue', () => {
  it('gives every abnormal code an arrow or mark and a word; none for normal', () => {
    expect(interpretationCue('N')).toBeNull();
    expect(interpretationCue('H')).toEqual({ code: 'H', arrow: '↑', word: '偏高' });
    expect(interpretationCue('LL')).toEqual({ code: 'LL', arrow: '↓↓', word: '危急低' });
    expect(interpretationCue('A')?.arrow).not.toBe('');
    expect(interpretationText('N')).toBe('正常');
    expect(interpretationText('HH')).toBe('↑↑ 危急高');
  });
});

describe('result row', () => {
  it('shows the value with unit, the range and the cue, and links a numeric item with a trend', () => {
    const row = labResultRow(labResultFixture({ value: 6.8, text: '6.8', interpretation: 'H' }), trendCodes);
    expect(row).toMatchObject({
      name: '葡萄糖',
      valueText: '6.8 mmol/L',
      referenceText: '3.9 ~ 6.1',
      cue: { arrow: '↑', word: '偏高' },
      trendCode: 'GLU',
    });
    expect(row.label).toBe('葡萄糖，6.8 mmol/L，偏高，参考范围 3.9 ~ 6.1，可查看趋势');
  });

  it('does not link an item with fewer than two results, nor a qualitative one', () => {
    expect(labResultRow(labResultFixture({ code: 'ALT' }), trendCodes).trendCode).toBeNull();
    const protein = labResultFixture({
      code: 'GLU',
      valueType: 'text',
      value: undefined,
      text: '阳性(+)',
      unit: undefined,
      interpretation: 'A',
    });
    const row = labResultRow(protein, trendCodes);
    expect([row.valueText, row.trendCode, row.cue?.word]).toEqual(['阳性(+)', null, '异常']);
  });

  it('writes a dash when the lab gives no reference range', () => {
    expect(labResultRow(labResultFixture({ referenceRange: undefined }), trendCodes).referenceText).toBe('—');
  });
});

describe('trend codes', () => {
  it('takes the platform items with two or more results', () => {
    const codes = trendCodesOf([
      { code: 'GLU', name: '葡萄糖', count: 3, latestAt: '2026-11-20T08:00:00+08:00' },
      { code: 'ALT', name: '丙氨酸氨基转移酶', count: 1, latestAt: '2026-11-20T08:00:00+08:00' },
    ]);
    expect([...codes]).toEqual(['GLU']);
  });
});

describe('result blocks', () => {
  it('sets critical values apart first and keeps the rest in the lab order', () => {
    const blocks = labResultBlocks(
      [
        labResultFixture({ code: 'NA', name: '钠' }),
        labResultFixture({
          code: 'K',
          name: '钾',
          value: 2.6,
          text: '2.6',
          interpretation: 'LL',
          critical: true,
        }),
        labResultFixture({ code: 'CL', name: '氯', interpretation: 'H' }),
      ],
      trendCodes,
    );
    expect(blocks.critical.map((row) => row.code)).toEqual(['K']);
    expect(blocks.others.map((row) => row.code)).toEqual(['NA', 'CL']);
    expect(blocks.abnormalCount).toBe(2);
    expect(blocks.critical[0]?.label).toContain('危急值');
  });
});
