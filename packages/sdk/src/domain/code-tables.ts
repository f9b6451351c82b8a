// Code tables for the card form's pickers: ID document types (WS 364 / CV02.01.101), ethnic groups
// (民族, GB/T 3304-1991) and the holder's relation to the account holder. Each table comes twice: a
// code -> name record for lookups, and an ordered list for pickers (a record cannot keep this order:
// JavaScript lists integer-like keys such as '10' or '99' before '01').
import type { components } from '../generated/openapi';

type Schemas = components['schemas'];
type IdType = Schemas['IdType'];
type Relation = Schemas['Relation'];

export interface CodeOption<Code extends string> {
  code: Code;
  name: string;
}

/** ID document types (证件类型) in the contract's order. */
export const ID_TYPE_OPTIONS: ReadonlyArray<CodeOption<IdType>> = [
  { code: '01', name: '居民身份证' },
  { code: '02', name: '居民户口簿' },
  { code: '03', name: '护照' },
  { code: '04', name: '军官证' },
  { code: '05', name: '驾驶证' },
  { code: '06', name: '港澳居民来往内地通行证' },
  { code: '07', name: '台湾居民来往大陆通行证' },
  { code: '99', name: '其他法定有效证件' },
];

/** GB/T 3304-1991: the 56 ethnic groups in the standard's order, then 97 and 98. */
export const NATION_OPTIONS: ReadonlyArray<CodeOption<string>> = [
  { code: '01', name: '汉族' },
  { code: '02', name: '蒙古族' },
  { code: '03', name: '回族' },
  { code: '04', name: '藏族' },
  { code: '05', name: '维吾尔族' },
  { code: '06', name: '苗族' },
  { code: '07', name: '彝族' },
  { code: '08', name: '壮族' },
  { code: '09', name: '布依族' },
  { code: '10', name: '朝鲜族' },
  { code: '11', name: '满族' },
  { code: '12', name: '侗族' },
  { code: '13', name: '瑶族' },
  { code: '14', name: '白族' },
  { code: '15', name: '土家族' },
  { code: '16', name: '哈尼族' },
  { code: '17', name: '哈萨克族' },
  { code: '18', name: '傣族' },
  { code: '19', name: '黎族' },
  { code: '20', name: '傈僳族' },
  { code: '21', name: '佤族' },
  { code: '22', name: '畲族' },
  { code: '23', name: '高山族' },
  { code: '24', name: '拉祜族' },
  { code: '25', name: '水族' },
  { code: '26', name: '东乡族' },
  { code: '27', name: '纳西族' },
  { code: '28', name: '景颇族' },
  { code: '29', name: '柯尔克孜族' },
  { code: '30', name: '土族' },
  { code: '31', name: '达斡尔族' },
  { code: '32', name: '仫佬族' },
  { code: '33', name: '羌族' },
  { code: '34', name: '布朗族' },
  { code: '35', name: '撒拉族' },
  { code: '36', name: '毛南族' },
  { code: '37', name: '仡佬族' },
  { code: '38', name: '锡伯族' },
  { code: '39', name: '阿昌族' },
  { code: '40', name: '普米族' },
  { code: '41', name: '塔吉克族' },
  { code: '42', name: '怒族' },
  { code: '43', name: '乌孜别克族' },
  { code: '44', name: '俄罗斯族' },
  { code: '45', name: '鄂温克族' },
  { code: '46', name: '德昂族' },
  { code: '47', name: '保安族' },
  { code: '48', name: '裕固族' },
  { code: '49', name: '京族' },
  { code: '50', name: '塔塔尔族' },
  { code: '51', name: '独龙族' },
  { code: '52', name: '鄂伦春族' },
  { code: '53', name: '赫哲族' },
  { code: '54', name: '门巴族' },
  { code: '55', name: '珞巴族' },
  { code: '56', name: '基诺族' },
  { code: '97', name: '其他' },
  { code: '98', name: '外国血统中国籍人士' },
];

/** The holder's relation to the account holder (与本人关系). */
export const RELATION_OPTIONS: ReadonlyArray<CodeOption<Relation>> = [
  { code: 'self', name: '本人' },
  { code: 'spouse', name: '配偶' },
  { code: 'child', name: '子女' },
  { code: 'parent', name: '父母' },
  { code: 'other', name: '其他' },
];

function toRecord<Code extends string>(
  options: ReadonlyArray<CodeOption<Code>>,
): Readonly<Record<Code, string>> {
  const record = {} as Record<Code, string>;
  for (const option of options) record[option.code] = option.name;
  return Object.freeze(record);
}

/** ID type code -> Chinese name, e.g. `ID_TYPES['01']` is `居民身份证`. */
export const ID_TYPES: Readonly<Record<IdType, string>> = toRecord(ID_TYPE_OPTIONS);
/** GB/T 3304 nation code -> Chinese name, e.g. `NATIONS['01']` is `汉族`. */
export const NATIONS: Readonly<Record<string, string>> = toRecord(NATION_OPTIONS);
/** Relation code -> Chinese name, e.g. `RELATIONS.child` is `子女`. */
export const RELATIONS: Readonly<Record<Relation, string>> = toRecord(RELATION_OPTIONS);

function hasCode(record: object, code: unknown): boolean {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(record, code);
}

export function isIdType(code: unknown): code is IdType {
  return hasCode(ID_TYPES, code);
}

export function isNationCode(code: unknown): code is string {
  return hasCode(NATIONS, code);
}

export function isRelation(code: unknown): code is Relation {
  return hasCode(RELATIONS, code);
}
