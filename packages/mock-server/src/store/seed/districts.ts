// 明州市 (Mingzhou), the fictional city the mock platform serves: modelled on a coastal city of Zhejiang,
// with real-looking administrative division codes. Each district has a centre for hospital coordinates and
// a few streets for addresses.

export interface DistrictSeed {
  code: string;
  name: string;
  centre: { lat: number; lng: number };
  streets: readonly string[];
}

export const CITY_NAME = '明州市';

export const DISTRICT_SEEDS: readonly DistrictSeed[] = [
  {
    code: '330203',
    name: '海曙区',
    centre: { lat: 29.8741, lng: 121.5503 },
    streets: ['柳汀街', '西北街', '县学街', '解放南路', '中山西路', '望春路'],
  },
  {
    code: '330205',
    name: '江北区',
    centre: { lat: 29.8998, lng: 121.5561 },
    streets: ['人民路', '大庆南路', '环城北路', '江北大道', '育才路'],
  },
  {
    code: '330206',
    name: '北仑区',
    centre: { lat: 29.9001, lng: 121.8443 },
    streets: ['明州路', '新大路', '长江路', '太河路'],
  },
  {
    code: '330211',
    name: '镇海区',
    centre: { lat: 29.949, lng: 121.7165 },
    streets: ['车站路', '城河西路', '庄市大道', '公园路'],
  },
  {
    code: '330212',
    name: '鄞江区',
    centre: { lat: 29.8168, lng: 121.547 },
    streets: ['百丈东路', '天童南路', '钟公庙路', '前河南路', '四明中路'],
  },
  {
    code: '330213',
    name: '奉化区',
    centre: { lat: 29.6553, lng: 121.4065 },
    streets: ['南山路', '中山东路', '大成路', '溪口中兴路'],
  },
  {
    code: '330282',
    name: '慈溪市',
    centre: { lat: 30.1697, lng: 121.2666 },
    streets: ['孙塘北路', '新城大道', '三北大街'],
  },
  {
    code: '330225',
    name: '象山县',
    centre: { lat: 29.4766, lng: 121.8692 },
    streets: ['丹河路', '靖南大街', '天安路'],
  },
];
