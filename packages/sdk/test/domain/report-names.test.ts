import {
  EXAM_MODALITY_NAMES,
  INTERPRETATION_ARROWS,
  INTERPRETATION_NAMES,
  REPORT_STATUS_NAMES,
  REPORT_TYPE_NAMES,
  interpretationLabel,
  isAbnormalInterpretation,
  isCriticalInterpretation,
} from '../../src/entries/domain';
import type { Interpretation } from '../../src/types';
import { contractEnum } from '../support/contract-enum';

describe.each([
  ['Interpretation', INTERPRETATION_NAMES],
  ['ReportType', REPORT_TYPE_NAMES],
  ['ReportStatus', REPORT_STATUS_NAMES],
  ['ExamModality', EXAM_MODALITY_NAMES],
])('names of %s', (schema, names) => {
  it('has exactly the contract values, each with a distinct name, frozen', () => {
    const values = contractEnum(schema);
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(names).sort()).toEqual([...values].sort());
    expect(new Set(Object.values(names)).size).toBe(values.length);
    expect(Object.isFrozen(names)).toBe(true);
  });
});

describe('interpretations: never colour alone', () => {
  it.each([
    ['N', '正常', false, false],
    ['L', '↓ 偏低', true, false],
    ['H', '↑ 偏高', true, false],
    ['LL', '↓↓ 危急低', true, true],
    ['HH', '↑↑ 危急高', true, true],
    ['A', '* 异常', true, false],
    ['AA', '** 危急异常', true, true],
  ] as const)('%s reads %s (abnormal %s, critical %s)', (code, label, abnormal, critical) => {
    expect(interpretationLabel(code)).toBe(label);
    expect(isAbnormalInterpretation(code)).toBe(abnormal);
    expect(isCriticalInterpretation(code)).toBe(critical);
  });

  it('gives every abnormal code a mark, distinct from every other code, and none to normal', () => {
    const codes = contractEnum('Interpretation') as Interpretation[];
    const abnormal = codes.filter((code) => code !== 'N');
    for (const code of abnormal) expect(INTERPRETATION_ARROWS[code]).not.toBe('');
    expect(new Set(abnormal.map((code) => INTERPRETATION_ARROWS[code])).size).toBe(abnormal.length);
    expect(INTERPRETATION_ARROWS.N).toBe('');
    expect(Object.isFrozen(INTERPRETATION_ARROWS)).toBe(true);
  });

  it('names statuses, kinds and modalities as residents read them', () => {
    expect([REPORT_STATUS_NAMES.amended, REPORT_TYPE_NAMES.lab, EXAM_MODALITY_NAMES.ecg]).toEqual([
      '已更正',
      '检验',
      '心电图',
    ]);
  });
});
