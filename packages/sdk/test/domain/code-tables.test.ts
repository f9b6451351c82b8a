import {
  ID_TYPE_OPTIONS,
  ID_TYPES,
  isIdType,
  isNationCode,
  isRelation,
  NATION_OPTIONS,
  NATIONS,
  RELATION_OPTIONS,
  RELATIONS,
} from '../../src/domain/code-tables';

describe('NATIONS (GB/T 3304)', () => {
  it('holds the 56 ethnic groups numbered 01-56, then 97 and 98', () => {
    const codes = NATION_OPTIONS.map((option) => option.code);
    const expected = Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect(codes).toEqual([...expected, '97', '98']);
    expect(Object.keys(NATIONS).sort()).toEqual(codes);
    expect(new Set(NATION_OPTIONS.map((option) => option.name)).size).toBe(58);
  });

  it.each([
    ['01', '汉族'],
    ['02', '蒙古族'],
    ['03', '回族'],
    ['04', '藏族'],
    ['05', '维吾尔族'],
    ['08', '壮族'],
    ['10', '朝鲜族'],
    ['11', '满族'],
    ['15', '土家族'],
    ['17', '哈萨克族'],
    ['23', '高山族'],
    ['29', '柯尔克孜族'],
    ['37', '仡佬族'],
    ['43', '乌孜别克族'],
    ['44', '俄罗斯族'],
    ['46', '德昂族'],
    ['50', '塔塔尔族'],
    ['55', '珞巴族'],
    ['56', '基诺族'],
    ['97', '其他'],
    ['98', '外国血统中国籍人士'],
  ])('%s is %s', (code, name) => expect(NATIONS[code]).toBe(name));

  it('names every group of 01-56 as a 族', () => {
    for (const option of NATION_OPTIONS.slice(0, 56)) expect(option.name).toMatch(/族$/);
  });
});

describe('ID_TYPES and RELATIONS', () => {
  it('cover the contract enums in order', () => {
    expect(ID_TYPE_OPTIONS.map((option) => option.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '99',
    ]);
    expect(ID_TYPES['01']).toBe('居民身份证');
    expect(ID_TYPES['03']).toBe('护照');
    expect(RELATION_OPTIONS.map((option) => option.name)).toEqual(['本人', '配偶', '子女', '父母', '其他']);
    expect(RELATIONS.child).toBe('子女');
  });

  it('recognise their codes and nothing else', () => {
    expect(isIdType('01')).toBe(true);
    expect(isIdType('08')).toBe(false);
    expect(isIdType('toString')).toBe(false); // not fooled by Object.prototype
    expect(isNationCode('56')).toBe(true);
    expect(isNationCode('57')).toBe(false);
    expect(isNationCode(1)).toBe(false);
    expect(isRelation('spouse')).toBe(true);
    expect(isRelation('friend')).toBe(false);
  });
});
