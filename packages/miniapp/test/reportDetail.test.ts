import { mutualRecognitionNote, reportFacts, statusNotice } from '../src/lib/reportDetail';
import { examReportFixture, labReportFixture } from './fixtures/reports';

describe('report facts', () => {
  it('lists a lab report’s specimen and times, leaving out what the lab did not give', () => {
    const facts = reportFacts(labReportFixture({ orderingDoctor: '李*' }));
    expect(facts.map((fact) => `${fact.label}:${fact.value}`)).toEqual([
      '就诊人:王*国',
      '医院:宁波市第一医院',
      '开单科室:内分泌科',
      '报告类型:检验',
      '标本:静脉血',
      '采集时间:2026-11-22 07:40',
      '报告时间:2026-11-22 10:30',
      '开单医生:李*',
    ]);
  });

  it('lists an exam report’s modality, body site and exam time', () => {
    const facts = reportFacts(examReportFixture());
    expect(facts.slice(3).map((fact) => `${fact.label}:${fact.value}`)).toEqual([
      '报告类型:检查',
      '检查类型:X线',
      '检查部位:胸部',
      '检查时间:2026-11-21 15:00',
      '报告时间:2026-11-22 10:30',
    ]);
  });
});

describe('status notice', () => {
  it('says when and why an amended report was corrected', () => {
    const notice = statusNotice(
      labReportFixture({
        status: 'amended',
        amendment: { amendedAt: '2026-11-23T09:00:00+08:00', reason: '标本溶血，重新检测' },
      }),
    );
    expect(notice).toBe('本报告已于2026-11-23 09:00更正：标本溶血，重新检测。请以更正后的内容为准。');
  });

  it('warns that a preliminary report may change; a final one needs no notice', () => {
    expect(statusNotice(labReportFixture({ status: 'preliminary' }))).toContain('初步报告');
    expect(statusNotice(labReportFixture())).toBeNull();
  });
});

describe('mutual recognition', () => {
  it('says the results are accepted but the conclusion is not', () => {
    const note = mutualRecognitionNote(examReportFixture({ mutualRecognition: true }));
    expect(note).toContain('其他医疗机构认可');
    expect(note).toContain('诊断意见不在互认范围内');
    expect(mutualRecognitionNote(examReportFixture())).toBeNull();
  });
});
