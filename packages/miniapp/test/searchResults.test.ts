import { MAX_SEARCH_LENGTH, normalizeSearchQuery, toSearchRow } from '../src/lib/searchResults';
import { departmentHitFixture, doctorHitFixture } from './fixtures/booking';

describe('toSearchRow', () => {
  it('shows a doctor with title, where, registration type, fee and specialty, and opens the doctor', () => {
    const row = toSearchRow(doctorHitFixture());
    expect(row).toMatchObject({
      id: 'doctor:doc-1',
      kind: 'doctor',
      kindName: '医生',
      title: '李明 主任医师',
      subtitle: '宁波市第一医院 · 小儿内科',
      detail: '专家号 ¥30.00 · 擅长：小儿哮喘、过敏性疾病',
      target: { kind: 'doctor', doctorId: 'doc-1' },
    });
    expect(row.label).toMatch(/^医生，李明 主任医师/);
  });

  it('shows a department with its hospital, and opens it with the names its page needs', () => {
    const row = toSearchRow(departmentHitFixture());
    expect(row).toMatchObject({
      id: 'department:d-derm',
      kind: 'department',
      kindName: '科室',
      title: '皮肤科',
      subtitle: '宁波市妇女儿童医院 · 三级甲等',
      detail: '海曙区',
      target: {
        kind: 'department',
        departmentId: 'd-derm',
        hospitalId: 'h-2',
        departmentName: '皮肤科',
        hospitalName: '宁波市妇女儿童医院',
      },
    });
  });
});

describe('normalizeSearchQuery', () => {
  it('trims and keeps within the contract (1 to 30 characters); blank means no search', () => {
    expect(normalizeSearchQuery('  儿科 ')).toBe('儿科');
    expect(normalizeSearchQuery('   ')).toBe('');
    expect(normalizeSearchQuery('医'.repeat(40))).toHaveLength(MAX_SEARCH_LENGTH);
  });
});
