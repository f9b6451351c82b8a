// The hospitals of 明州市: a real city's mix of top general hospitals, specialist and TCM hospitals,
// maternal and child hospitals, district hospitals and community health centres (社区卫生服务中心).
// Names, grades and specialties are fixed so demos stay recognisable; ids, phones, addresses, coordinates,
// sizes and department trees come from the seed.
import type { HospitalLevel, HospitalType } from '../../contract/wire';
import type { DepartmentProfile } from './departments';

export interface HospitalSeed {
  name: string;
  shortName?: string;
  level: HospitalLevel;
  type: HospitalType;
  districtCode: string;
  /** Which department tree a hospital of this kind has. */
  profile: DepartmentProfile;
  tags: readonly string[];
  /** Founding years to pick from, for the introduction. */
  founded: readonly [number, number];
}

export const LEVEL_NAMES: Record<HospitalLevel, string> = {
  '3A': '三级甲等',
  '3B': '三级乙等',
  '2A': '二级甲等',
  '2B': '二级乙等',
  '1A': '一级甲等',
};

/** Highest grade first: the order of the hospital list. */
export const LEVEL_RANK: Record<HospitalLevel, number> = { '3A': 0, '3B': 1, '2A': 2, '2B': 3, '1A': 4 };

export const TYPE_NAMES: Record<HospitalType, string> = {
  general: '综合医院',
  specialist: '专科医院',
  tcm: '中医医院',
  maternal_child: '妇幼保健院',
  community: '社区卫生服务机构',
};

export const HOSPITAL_SEEDS: readonly HospitalSeed[] = [
  {
    name: '明州市第一人民医院',
    shortName: '市一院',
    level: '3A',
    type: 'general',
    districtCode: '330203',
    profile: 'general',
    tags: ['胸痛中心', '卒中中心', '心血管内科'],
    founded: [1912, 1935],
  },
  {
    name: '明州市第二人民医院',
    shortName: '市二院',
    level: '3A',
    type: 'general',
    districtCode: '330203',
    profile: 'general',
    tags: ['创伤中心', '骨科', '消化内镜'],
    founded: [1946, 1956],
  },
  {
    name: '明州大学附属医院',
    shortName: '明大附院',
    level: '3A',
    type: 'general',
    districtCode: '330205',
    profile: 'general',
    tags: ['肿瘤诊疗', '肾脏病', '教学医院'],
    founded: [1958, 1972],
  },
  {
    name: '明州市中医院',
    shortName: '市中医院',
    level: '3A',
    type: 'tcm',
    districtCode: '330203',
    profile: 'tcm',
    tags: ['针灸推拿', '治未病', '中医骨伤'],
    founded: [1956, 1962],
  },
  {
    name: '明州市妇女儿童医院',
    shortName: '市妇儿医院',
    level: '3A',
    type: 'maternal_child',
    districtCode: '330205',
    profile: 'maternal_child',
    tags: ['危重孕产妇救治', '新生儿重症', '儿童哮喘'],
    founded: [1950, 1960],
  },
  {
    name: '明州市儿童医院',
    shortName: '市儿童医院',
    level: '3B',
    type: 'specialist',
    districtCode: '330212',
    profile: 'children',
    tags: ['小儿呼吸', '小儿消化', '儿童保健'],
    founded: [1985, 2005],
  },
  {
    name: '明州市眼科医院',
    shortName: '市眼科医院',
    level: '3B',
    type: 'specialist',
    districtCode: '330203',
    profile: 'eye',
    tags: ['白内障', '近视防控', '眼底病'],
    founded: [1978, 1995],
  },
  {
    name: '明州市口腔医院',
    shortName: '市口腔医院',
    level: '3B',
    type: 'specialist',
    districtCode: '330205',
    profile: 'dental',
    tags: ['口腔种植', '口腔正畸', '儿童口腔'],
    founded: [1980, 1998],
  },
  {
    name: '明州市康宁医院',
    shortName: '康宁医院',
    level: '3B',
    type: 'specialist',
    districtCode: '330211',
    profile: 'psychiatric',
    tags: ['心理咨询', '睡眠障碍', '儿童青少年心理'],
    founded: [1960, 1975],
  },
  {
    name: '鄞江区人民医院',
    shortName: '鄞江人医',
    level: '3B',
    type: 'general',
    districtCode: '330212',
    profile: 'general',
    tags: ['急诊急救', '消化内科'],
    founded: [1938, 1952],
  },
  {
    name: '北仑区人民医院',
    shortName: '北仑人医',
    level: '3B',
    type: 'general',
    districtCode: '330206',
    profile: 'general',
    tags: ['胸痛中心', '骨科'],
    founded: [1950, 1966],
  },
  {
    name: '镇海区人民医院',
    shortName: '镇海人医',
    level: '2A',
    type: 'general',
    districtCode: '330211',
    profile: 'general',
    tags: ['普外科', '内分泌科'],
    founded: [1949, 1958],
  },
  {
    name: '奉化区中医医院',
    shortName: '奉化中医',
    level: '2A',
    type: 'tcm',
    districtCode: '330213',
    profile: 'tcm',
    tags: ['中医骨伤', '针灸'],
    founded: [1958, 1980],
  },
  {
    name: '慈溪市妇幼保健院',
    shortName: '慈溪妇幼',
    level: '2A',
    type: 'maternal_child',
    districtCode: '330282',
    profile: 'maternal_child',
    tags: ['产科', '儿童保健'],
    founded: [1952, 1978],
  },
  {
    name: '象山县第一人民医院',
    shortName: '象山一院',
    level: '2A',
    type: 'general',
    districtCode: '330225',
    profile: 'general',
    tags: ['急诊急救', '呼吸内科'],
    founded: [1940, 1955],
  },
  {
    name: '明州市康复医院',
    shortName: '市康复医院',
    level: '2B',
    type: 'specialist',
    districtCode: '330205',
    profile: 'rehabilitation',
    tags: ['神经康复', '骨关节康复'],
    founded: [1995, 2012],
  },
  {
    name: '江北区人民医院',
    shortName: '江北人医',
    level: '2B',
    type: 'general',
    districtCode: '330205',
    profile: 'general',
    tags: ['老年病', '全科医学'],
    founded: [1952, 1970],
  },
  {
    name: '海曙区西门街道社区卫生服务中心',
    shortName: '西门社区',
    level: '1A',
    type: 'community',
    districtCode: '330203',
    profile: 'community',
    tags: ['家庭医生', '慢病管理', '预防接种'],
    founded: [1998, 2008],
  },
  {
    name: '鄞江区钟公庙街道社区卫生服务中心',
    shortName: '钟公庙社区',
    level: '1A',
    type: 'community',
    districtCode: '330212',
    profile: 'community',
    tags: ['家庭医生', '预防接种'],
    founded: [2000, 2010],
  },
  {
    name: '北仑区大碶街道社区卫生服务中心',
    shortName: '大碶社区',
    level: '1A',
    type: 'community',
    districtCode: '330206',
    profile: 'community',
    tags: ['家庭医生', '中医理疗'],
    founded: [2001, 2011],
  },
  {
    name: '奉化区溪口镇中心卫生院',
    shortName: '溪口卫生院',
    level: '1A',
    type: 'community',
    districtCode: '330213',
    profile: 'community',
    tags: ['家庭医生', '中医'],
    founded: [1952, 1965],
  },
];
