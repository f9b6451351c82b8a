import type { HospitalLevel, HospitalType } from '@yika/sdk';

/** Hospital grades (医院等级), highest first, as the level filter offers them. */
export const HOSPITAL_LEVEL_OPTIONS: ReadonlyArray<{ value: HospitalLevel; label: string }> = [
  { value: '3A', label: '三级甲等' },
  { value: '3B', label: '三级乙等' },
  { value: '2A', label: '二级甲等' },
  { value: '2B', label: '二级乙等' },
  { value: '1A', label: '一级甲等' },
];

export const HOSPITAL_TYPE_NAMES: Record<HospitalType, string> = {
  general: '综合医院',
  specialist: '专科医院',
  tcm: '中医院',
  maternal_child: '妇幼保健院',
  community: '社区卫生服务中心',
};
