// Exams (检查) the seed issues: chest X-ray, ECG and abdominal ultrasound, each with a normal reading and a
// few abnormal ones, findings (检查所见) and impression (诊断意见) as the region's reports word them.
import type { ExamModality } from '../../contract/wire';

export type ExamKey = 'chest-xray' | 'ecg' | 'abdominal-ultrasound';

export interface ExamReading {
  findings: string;
  impression: string;
}

export interface ExamTemplate {
  key: ExamKey;
  title: string;
  modality: ExamModality;
  bodySite: string;
  /** The department that performs and reports it. */
  reportingDepartment: string;
  normal: ExamReading;
  abnormal: readonly ExamReading[];
}

export const EXAM_TEMPLATES: readonly ExamTemplate[] = [
  {
    key: 'chest-xray',
    title: '胸部正位片',
    modality: 'xray',
    bodySite: '胸部',
    reportingDepartment: '放射科',
    normal: {
      findings:
        '两肺纹理清晰，走行自然，肺野透亮度正常，未见明显实质性病变。两肺门影不大。心影大小、形态未见异常。两侧膈面光整，肋膈角锐利。',
      impression: '心肺膈未见明显异常。',
    },
    abnormal: [
      {
        findings:
          '右肺下野见斑片状模糊影，边界不清，密度不均。余肺纹理增多。心影大小、形态未见异常。两侧肋膈角锐利。',
        impression: '右下肺炎症，建议抗感染治疗后复查。',
      },
      {
        findings: '两肺纹理增多、增粗、紊乱，以两下肺为著，未见明显实变影。心影不大。两侧膈面光整。',
        impression: '两肺纹理增多，考虑支气管炎改变。',
      },
    ],
  },
  {
    key: 'ecg',
    title: '心电图',
    modality: 'ecg',
    bodySite: '心脏',
    reportingDepartment: '心电图室',
    normal: {
      findings:
        '窦性心律，心率 72 次/分，PR 间期 0.16 s，QRS 时限 0.08 s，QT/QTc 380/410 ms，电轴 +45°，各导联 ST-T 未见明显异常。',
      impression: '窦性心律；正常心电图。',
    },
    abnormal: [
      {
        findings:
          '窦性心律，心率 88 次/分，PR 间期 0.15 s，QRS 时限 0.09 s，V4-V6 导联 ST 段水平型压低 0.05-0.1 mV，T 波低平。',
        impression: '窦性心律；ST-T 改变，请结合临床。',
      },
      {
        findings: '窦性心律，心率 54 次/分，PR 间期 0.18 s，QRS 时限 0.08 s，各导联 ST-T 未见明显异常。',
        impression: '窦性心动过缓。',
      },
    ],
  },
  {
    key: 'abdominal-ultrasound',
    title: '腹部超声',
    modality: 'ultrasound',
    bodySite: '肝胆胰脾',
    reportingDepartment: '超声医学科',
    normal: {
      findings:
        '肝脏大小、形态正常，包膜光整，实质回声均匀，肝内管道结构清晰。胆囊大小正常，壁光滑，腔内未见异常回声。胰腺大小、形态正常，回声均匀。脾脏大小正常，实质回声均匀。',
      impression: '肝、胆、胰、脾未见明显异常。',
    },
    abnormal: [
      {
        findings:
          '肝脏大小正常，形态饱满，实质回声细密增强，远场回声衰减，肝内管道结构显示欠清。胆囊、胰腺、脾脏未见明显异常。',
        impression: '脂肪肝（轻度）。',
      },
      {
        findings:
          '肝脏大小、形态正常，实质回声均匀。胆囊大小正常，壁毛糙，腔内见一强回声团，大小约 8×6 mm，后伴声影，随体位改变移动。胰腺、脾脏未见明显异常。',
        impression: '胆囊结石；胆囊壁毛糙。',
      },
    ],
  },
];

export function examTemplate(key: ExamKey): ExamTemplate {
  const template = EXAM_TEMPLATES.find((candidate) => candidate.key === key);
  if (!template) throw new RangeError(`No exam ${key}`);
  return template;
}

export function isExamKey(value: unknown): value is ExamKey {
  return EXAM_TEMPLATES.some((template) => template.key === value);
}
