import { hasActiveFilters, NO_HOSPITAL_FILTERS, toHospitalListParams } from '../src/lib/hospitalFilters';

describe('toHospitalListParams', () => {
  it('leaves out filters that are not set', () => {
    expect(toHospitalListParams(NO_HOSPITAL_FILTERS)).toEqual({});
    expect(toHospitalListParams({ q: '   ', district: null, level: null })).toEqual({});
    expect(hasActiveFilters({ q: '  ', district: null, level: null })).toBe(false);
  });

  it('trims the search text and keeps it within the contract (50 characters)', () => {
    const long = '医'.repeat(80);
    expect(toHospitalListParams({ q: `  ${long} `, district: null, level: null }).q).toHaveLength(50);
    expect(toHospitalListParams({ q: ' 第一医院 ', district: '330212', level: '3A' })).toEqual({
      q: '第一医院',
      district: '330212',
      level: '3A',
    });
  });
});
