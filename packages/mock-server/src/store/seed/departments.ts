// Department trees (two levels) by kind of hospital. A general hospital has 内科 -> 心血管内科 ...; a
// children's hospital is almost all pediatric; a community centre has general practice (全科). Optional
// entries are kept or dropped by the seed (more often kept by higher-grade hospitals), so hospitals of the
// same kind still differ.
import type { DepartmentKind } from '../../contract/wire';

export type DepartmentProfile =
  | 'general'
  | 'tcm'
  | 'maternal_child'
  | 'children'
  | 'eye'
  | 'dental'
  | 'psychiatric'
  | 'rehabilitation'
  | 'community';

export interface DepartmentSpec {
  name: string;
  kind: DepartmentKind;
  /** Dropped by some seeds. */
  optional?: boolean;
  introduction?: string;
  children?: readonly DepartmentSpec[];
}

const spec = (name: string, kind: DepartmentKind, extra: Partial<DepartmentSpec> = {}): DepartmentSpec => ({
  name,
  kind,
  ...extra,
});
const optional = (name: string, kind: DepartmentKind): DepartmentSpec => spec(name, kind, { optional: true });

const EMERGENCY = spec('急诊科', 'emergency', { introduction: '24小时开放，危急重症优先救治。' });

const GENERAL: readonly DepartmentSpec[] = [
  spec('内科', 'internal_medicine', {
    children: [
      spec('心血管内科', 'cardiology'),
      spec('呼吸内科', 'respiratory'),
      spec('消化内科', 'gastroenterology'),
      spec('内分泌科', 'endocrinology'),
      spec('肾内科', 'nephrology'),
      spec('神经内科', 'neurology'),
      optional('血液内科', 'other'),
      optional('风湿免疫科', 'other'),
      optional('老年病科', 'other'),
    ],
  }),
  spec('外科', 'surgery', {
    children: [
      spec('普外科', 'surgery'),
      spec('骨科', 'orthopedics'),
      spec('泌尿外科', 'urology'),
      optional('神经外科', 'surgery'),
      optional('胸外科', 'surgery'),
      optional('甲乳外科', 'surgery'),
    ],
  }),
  spec('妇产科', 'obstetrics_gynecology', {
    children: [spec('妇科', 'obstetrics_gynecology'), spec('产科', 'obstetrics_gynecology')],
  }),
  spec('儿科', 'pediatrics'),
  spec('眼科', 'ophthalmology'),
  spec('耳鼻喉科', 'ent'),
  spec('口腔科', 'stomatology'),
  spec('皮肤科', 'dermatology'),
  spec('中医科', 'tcm'),
  optional('肿瘤科', 'oncology'),
  optional('心理科', 'psychiatry'),
  spec('康复医学科', 'rehabilitation'),
  optional('全科医学科', 'general_practice'),
  EMERGENCY,
];

const TCM: readonly DepartmentSpec[] = [
  spec('中医内科', 'tcm', {
    children: [
      spec('心病科', 'cardiology'),
      spec('脾胃病科', 'gastroenterology'),
      spec('肺病科', 'respiratory'),
      spec('脑病科', 'neurology'),
      optional('肾病科', 'nephrology'),
      optional('内分泌科', 'endocrinology'),
    ],
  }),
  spec('针灸推拿科', 'tcm'),
  spec('中医骨伤科', 'orthopedics'),
  spec('中医妇科', 'obstetrics_gynecology'),
  spec('中医儿科', 'pediatrics'),
  optional('中医外科', 'surgery'),
  optional('皮肤科', 'dermatology'),
  spec('治未病科', 'tcm', { introduction: '体质辨识、膏方调理与冬病夏治。' }),
  spec('康复医学科', 'rehabilitation'),
  EMERGENCY,
];

const PEDIATRIC_MEDICINE: readonly DepartmentSpec[] = [
  spec('小儿呼吸科', 'pediatrics'),
  spec('小儿消化科', 'pediatrics'),
  spec('小儿神经科', 'pediatrics'),
  optional('小儿心血管科', 'pediatrics'),
  optional('小儿肾脏科', 'pediatrics'),
  optional('小儿内分泌科', 'pediatrics'),
];

const MATERNAL_CHILD: readonly DepartmentSpec[] = [
  spec('妇科', 'obstetrics_gynecology', {
    children: [
      spec('普通妇科', 'obstetrics_gynecology'),
      spec('妇科内分泌', 'obstetrics_gynecology'),
      optional('宫颈疾病专科', 'obstetrics_gynecology'),
    ],
  }),
  spec('产科', 'obstetrics_gynecology', {
    children: [spec('产科门诊', 'obstetrics_gynecology'), optional('高危妊娠门诊', 'obstetrics_gynecology')],
  }),
  optional('生殖医学科', 'obstetrics_gynecology'),
  spec('儿科', 'pediatrics', {
    children: [
      spec('小儿内科', 'pediatrics'),
      ...PEDIATRIC_MEDICINE.slice(0, 2),
      spec('新生儿科', 'pediatrics'),
      optional('小儿外科', 'pediatrics'),
      spec('儿童保健科', 'pediatrics'),
    ],
  }),
  optional('乳腺科', 'surgery'),
  EMERGENCY,
];

const CHILDREN: readonly DepartmentSpec[] = [
  spec('小儿内科', 'pediatrics', { children: PEDIATRIC_MEDICINE }),
  spec('小儿外科', 'pediatrics', {
    children: [
      spec('小儿普外科', 'pediatrics'),
      spec('小儿骨科', 'pediatrics'),
      optional('小儿泌尿外科', 'pediatrics'),
    ],
  }),
  spec('新生儿科', 'pediatrics'),
  spec('儿童保健科', 'pediatrics', { introduction: '生长发育评估、营养指导与预防接种咨询。' }),
  spec('儿童眼科', 'ophthalmology'),
  spec('儿童耳鼻喉科', 'ent'),
  optional('儿童口腔科', 'stomatology'),
  optional('儿童心理科', 'psychiatry'),
  spec('儿童急诊科', 'emergency', { introduction: '24小时开放。' }),
];

const EYE: readonly DepartmentSpec[] = [
  spec('眼科', 'ophthalmology', {
    children: [
      spec('白内障科', 'ophthalmology'),
      spec('青光眼科', 'ophthalmology'),
      spec('眼底病科', 'ophthalmology'),
      optional('角膜病科', 'ophthalmology'),
      spec('斜弱视与小儿眼科', 'ophthalmology'),
      optional('屈光手术科', 'ophthalmology'),
    ],
  }),
  spec('眼视光门诊', 'ophthalmology', { introduction: '验光配镜、角膜塑形镜与青少年近视防控。' }),
  spec('眼科急诊', 'emergency'),
];

const DENTAL: readonly DepartmentSpec[] = [
  spec('口腔内科', 'stomatology', {
    children: [
      spec('牙体牙髓科', 'stomatology'),
      spec('牙周科', 'stomatology'),
      optional('口腔黏膜科', 'stomatology'),
    ],
  }),
  spec('口腔颌面外科', 'stomatology'),
  spec('口腔修复科', 'stomatology'),
  spec('口腔正畸科', 'stomatology'),
  spec('口腔种植科', 'stomatology'),
  spec('儿童口腔科', 'stomatology'),
  optional('口腔急诊', 'emergency'),
];

const PSYCHIATRIC: readonly DepartmentSpec[] = [
  spec('精神科', 'psychiatry', {
    children: [
      spec('普通精神科', 'psychiatry'),
      optional('老年精神科', 'psychiatry'),
      spec('儿童青少年精神科', 'psychiatry'),
    ],
  }),
  spec('心理咨询科', 'psychiatry'),
  optional('睡眠医学科', 'psychiatry'),
  optional('物质依赖科', 'psychiatry'),
  optional('神经内科', 'neurology'),
];

const REHABILITATION: readonly DepartmentSpec[] = [
  spec('康复医学科', 'rehabilitation', {
    children: [
      spec('神经康复科', 'rehabilitation'),
      spec('骨关节康复科', 'rehabilitation'),
      optional('心肺康复科', 'rehabilitation'),
      optional('儿童康复科', 'rehabilitation'),
    ],
  }),
  spec('针灸推拿科', 'tcm'),
  optional('疼痛科', 'other'),
  spec('内科', 'internal_medicine'),
];

const COMMUNITY: readonly DepartmentSpec[] = [
  spec('全科医学科', 'general_practice', {
    children: [
      spec('全科门诊', 'general_practice'),
      spec('慢病管理门诊', 'general_practice', { introduction: '高血压、糖尿病随访与用药指导。' }),
      optional('家庭医生工作室', 'general_practice'),
    ],
  }),
  spec('中医科', 'tcm'),
  optional('口腔科', 'stomatology'),
  optional('康复科', 'rehabilitation'),
  spec('预防保健科', 'other', {
    children: [
      spec('预防接种门诊', 'other'),
      spec('儿童保健门诊', 'pediatrics'),
      optional('妇女保健门诊', 'obstetrics_gynecology'),
    ],
  }),
];

export const DEPARTMENT_PROFILES: Record<DepartmentProfile, readonly DepartmentSpec[]> = {
  general: GENERAL,
  tcm: TCM,
  maternal_child: MATERNAL_CHILD,
  children: CHILDREN,
  eye: EYE,
  dental: DENTAL,
  psychiatric: PSYCHIATRIC,
  rehabilitation: REHABILITATION,
  community: COMMUNITY,
};

export const BUILDINGS = ['门诊楼', '门诊楼', '门诊楼', '医技楼', '住院部', '综合楼'] as const;
