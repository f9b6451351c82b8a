// The region's lab item catalogue (检验项目): codes stable across hospitals, Chinese names, real units,
// reference ranges (参考区间) and critical limits (危急值). Labs differ a little in their ranges (reagents and
// populations differ), so an item may list more than one band; each hospital uses one of them. Some bands
// depend on sex. Panels (组套) are what a doctor orders and what a report is titled by.
import type { Gender } from '../../contract/wire';

/** An inclusive band; a missing side is open (`≤ 5.20`, `≥ 1.04`). */
export interface ReferenceBand {
  low?: number;
  high?: number;
}

export interface NumericItem {
  kind: 'numeric';
  code: string;
  name: string;
  unit: string;
  /** Digits printed after the point. */
  decimals: number;
  /** The bands labs of the region use; a hospital picks one (see `bandAt`). */
  bands: readonly ReferenceBand[];
  /** Women's bands, where they differ. */
  femaleBands?: readonly ReferenceBand[];
  /** Critical limits: a value strictly beyond one is a critical value. */
  criticalLow?: number;
  criticalHigh?: number;
}

export interface QualitativeItem {
  kind: 'text';
  code: string;
  name: string;
  /** What a normal result reads; the printed reference range too. */
  normal: string;
  /** The results that count as abnormal, mildest first. */
  abnormal: readonly string[];
  /** Abnormal results that are critical (AA). */
  critical?: readonly string[];
}

export type LabItem = NumericItem | QualitativeItem;

export type PanelKey =
  'blood-routine' | 'liver' | 'kidney' | 'glucose' | 'hba1c' | 'lipids' | 'urine-routine';

export interface LabPanel {
  key: PanelKey;
  title: string;
  specimen: string;
  items: readonly LabItem[];
}

const numeric = (item: Omit<NumericItem, 'kind'>): NumericItem => ({ kind: 'numeric', ...item });
const qualitative = (item: Omit<QualitativeItem, 'kind'>): QualitativeItem => ({ kind: 'text', ...item });
const PLUSES = ['±', '+', '++', '+++'] as const;

export const LAB_PANELS: readonly LabPanel[] = [
  {
    key: 'blood-routine',
    title: '血常规',
    specimen: '静脉血',
    items: [
      numeric({
        code: 'WBC',
        name: '白细胞计数',
        unit: '10^9/L',
        decimals: 2,
        bands: [
          { low: 3.5, high: 9.5 },
          { low: 4.0, high: 10.0 },
        ],
        criticalLow: 1.5,
        criticalHigh: 30,
      }),
      numeric({
        code: 'RBC',
        name: '红细胞计数',
        unit: '10^12/L',
        decimals: 2,
        bands: [{ low: 4.3, high: 5.8 }],
        femaleBands: [{ low: 3.8, high: 5.1 }],
      }),
      numeric({
        code: 'HGB',
        name: '血红蛋白',
        unit: 'g/L',
        decimals: 0,
        bands: [
          { low: 130, high: 175 },
          { low: 120, high: 160 },
        ],
        femaleBands: [
          { low: 115, high: 150 },
          { low: 110, high: 150 },
        ],
        criticalLow: 50,
        criticalHigh: 200,
      }),
      numeric({
        code: 'PLT',
        name: '血小板计数',
        unit: '10^9/L',
        decimals: 0,
        bands: [
          { low: 125, high: 350 },
          { low: 100, high: 300 },
        ],
        criticalLow: 30,
        criticalHigh: 1000,
      }),
      numeric({
        code: 'NEUT_PCT',
        name: '中性粒细胞百分比',
        unit: '%',
        decimals: 1,
        bands: [
          { low: 40, high: 75 },
          { low: 50, high: 70 },
        ],
      }),
      numeric({
        code: 'LYMPH_PCT',
        name: '淋巴细胞百分比',
        unit: '%',
        decimals: 1,
        bands: [
          { low: 20, high: 50 },
          { low: 20, high: 40 },
        ],
      }),
    ],
  },
  {
    key: 'liver',
    title: '肝功能',
    specimen: '血清',
    items: [
      numeric({
        code: 'ALT',
        name: '丙氨酸氨基转移酶',
        unit: 'U/L',
        decimals: 0,
        bands: [{ low: 9, high: 50 }, { high: 40 }],
        femaleBands: [{ low: 7, high: 40 }, { high: 40 }],
      }),
      numeric({
        code: 'AST',
        name: '天门冬氨酸氨基转移酶',
        unit: 'U/L',
        decimals: 0,
        bands: [{ low: 15, high: 40 }, { high: 40 }],
        femaleBands: [{ low: 13, high: 35 }, { high: 40 }],
      }),
      numeric({
        code: 'TBIL',
        name: '总胆红素',
        unit: 'μmol/L',
        decimals: 1,
        bands: [
          { low: 0, high: 21 },
          { low: 3.4, high: 20.5 },
        ],
      }),
      numeric({
        code: 'ALB',
        name: '白蛋白',
        unit: 'g/L',
        decimals: 1,
        bands: [{ low: 40, high: 55 }],
      }),
    ],
  },
  {
    key: 'kidney',
    title: '肾功能+电解质',
    specimen: '血清',
    items: [
      numeric({
        code: 'CREA',
        name: '肌酐',
        unit: 'μmol/L',
        decimals: 0,
        bands: [
          { low: 57, high: 111 },
          { low: 59, high: 104 },
        ],
        femaleBands: [
          { low: 41, high: 81 },
          { low: 45, high: 84 },
        ],
        criticalHigh: 707,
      }),
      numeric({
        code: 'UREA',
        name: '尿素',
        unit: 'mmol/L',
        decimals: 2,
        bands: [
          { low: 3.1, high: 8.0 },
          { low: 2.9, high: 8.2 },
        ],
      }),
      numeric({
        code: 'UA',
        name: '尿酸',
        unit: 'μmol/L',
        decimals: 0,
        bands: [{ low: 208, high: 428 }],
        femaleBands: [{ low: 155, high: 357 }],
      }),
      numeric({
        code: 'K',
        name: '钾',
        unit: 'mmol/L',
        decimals: 2,
        bands: [
          { low: 3.5, high: 5.3 },
          { low: 3.5, high: 5.5 },
        ],
        criticalLow: 2.8,
        criticalHigh: 6.2,
      }),
      numeric({
        code: 'NA',
        name: '钠',
        unit: 'mmol/L',
        decimals: 1,
        bands: [
          { low: 137, high: 147 },
          { low: 135, high: 145 },
        ],
        criticalLow: 120,
        criticalHigh: 160,
      }),
    ],
  },
  {
    key: 'glucose',
    title: '空腹血糖',
    specimen: '血清',
    items: [
      numeric({
        code: 'GLU',
        name: '葡萄糖',
        unit: 'mmol/L',
        decimals: 2,
        bands: [
          { low: 3.9, high: 6.1 },
          { low: 3.89, high: 6.11 },
        ],
        criticalLow: 2.8,
        criticalHigh: 22.2,
      }),
    ],
  },
  {
    key: 'hba1c',
    title: '糖化血红蛋白',
    specimen: '静脉血',
    items: [
      numeric({
        code: 'HBA1C',
        name: '糖化血红蛋白',
        unit: '%',
        decimals: 1,
        bands: [
          { low: 4.0, high: 6.0 },
          { low: 4.3, high: 6.1 },
        ],
      }),
    ],
  },
  {
    key: 'lipids',
    title: '血脂四项',
    specimen: '血清',
    items: [
      numeric({
        code: 'TC',
        name: '总胆固醇',
        unit: 'mmol/L',
        decimals: 2,
        bands: [{ high: 5.2 }, { high: 5.18 }],
      }),
      numeric({
        code: 'TG',
        name: '甘油三酯',
        unit: 'mmol/L',
        decimals: 2,
        bands: [{ high: 1.7 }, { high: 1.69 }],
      }),
      numeric({
        code: 'LDL-C',
        name: '低密度脂蛋白胆固醇',
        unit: 'mmol/L',
        decimals: 2,
        bands: [{ high: 3.4 }],
      }),
      numeric({
        code: 'HDL-C',
        name: '高密度脂蛋白胆固醇',
        unit: 'mmol/L',
        decimals: 2,
        bands: [{ low: 1.04 }],
      }),
    ],
  },
  {
    key: 'urine-routine',
    title: '尿常规',
    specimen: '尿液',
    items: [
      qualitative({ code: 'PRO', name: '尿蛋白', normal: '阴性', abnormal: PLUSES }),
      qualitative({ code: 'GLU-U', name: '尿葡萄糖', normal: '阴性', abnormal: PLUSES }),
      qualitative({ code: 'BLD', name: '尿潜血', normal: '阴性', abnormal: PLUSES }),
      qualitative({
        code: 'KET',
        name: '尿酮体',
        normal: '阴性',
        abnormal: PLUSES,
        critical: ['+++'],
      }),
      numeric({ code: 'SG', name: '尿比重', unit: '', decimals: 3, bands: [{ low: 1.003, high: 1.03 }] }),
      numeric({ code: 'PH', name: '尿酸碱度', unit: '', decimals: 1, bands: [{ low: 5.0, high: 8.0 }] }),
    ],
  },
];

export function labPanel(key: PanelKey): LabPanel {
  const panel = LAB_PANELS.find((candidate) => candidate.key === key);
  if (!panel) throw new RangeError(`No lab panel ${key}`);
  return panel;
}

export function isPanelKey(value: unknown): value is PanelKey {
  return LAB_PANELS.some((panel) => panel.key === value);
}

/** The band a hospital's lab uses for the item: the same hospital always picks the same one. */
export function bandAt(item: NumericItem, gender: Gender, hospitalIndex: number): ReferenceBand {
  const bands = gender === 'female' && item.femaleBands ? item.femaleBands : item.bands;
  return bands[hospitalIndex % bands.length]!;
}

/** The band as printed on a report: `3.9 ~ 6.1`, `≤ 5.20`, `≥ 1.04`. */
export function bandText(band: ReferenceBand, decimals: number): string {
  const shown = (value: number) => value.toFixed(decimals);
  if (band.low !== undefined && band.high !== undefined) return `${shown(band.low)} ~ ${shown(band.high)}`;
  if (band.high !== undefined) return `≤ ${shown(band.high)}`;
  if (band.low !== undefined) return `≥ ${shown(band.low)}`;
  return '';
}
