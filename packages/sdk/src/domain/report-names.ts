// Chinese names of the report enums, for screens. Each table `satisfies` a Record over the contract's
// generated enum (like ./booking-names), so a contract change fails the typecheck until named here.
// Interpretations also carry an arrow or mark, because an abnormal result must never be told by colour
// alone (适老化 and accessibility): a screen shows `↑ 偏高`, not a red number.
import type { components } from '../generated/openapi';

type Schemas = components['schemas'];
type Interpretation = Schemas['Interpretation'];

/** A result's interpretation (结果提示, FHIR codes): N normal, L/H low/high, LL/HH critical, A/AA abnormal. */
export const INTERPRETATION_NAMES = Object.freeze({
  N: '正常',
  L: '偏低',
  H: '偏高',
  LL: '危急低',
  HH: '危急高',
  A: '异常',
  AA: '危急异常',
} satisfies Record<Interpretation, string>);

/**
 * The mark printed beside a result, as Chinese lab sheets do: arrows for a direction, doubled when
 * critical (危急值); `*` for a qualitative abnormal result (e.g. 阳性), `**` when critical; none when normal.
 */
export const INTERPRETATION_ARROWS = Object.freeze({
  N: '',
  L: '↓',
  H: '↑',
  LL: '↓↓',
  HH: '↑↑',
  A: '*',
  AA: '**',
} satisfies Record<Interpretation, string>);

const CRITICAL: ReadonlySet<Interpretation> = new Set(['LL', 'HH', 'AA']);

/** `'H'` -> `'↑ 偏高'`, `'LL'` -> `'↓↓ 危急低'`, `'N'` -> `'正常'`: the words and mark a screen shows together. */
export function interpretationLabel(interpretation: Interpretation): string {
  const arrow = INTERPRETATION_ARROWS[interpretation];
  const name = INTERPRETATION_NAMES[interpretation];
  return arrow === '' ? name : `${arrow} ${name}`;
}

/** Anything but `N`: the result is outside its reference (or a qualitative result is abnormal). */
export function isAbnormalInterpretation(interpretation: Interpretation): boolean {
  return interpretation !== 'N';
}

/** `LL`, `HH` or `AA`: a critical value (危急值), to be set apart on screen. */
export function isCriticalInterpretation(interpretation: Interpretation): boolean {
  return CRITICAL.has(interpretation);
}

/** A report's kind: 检验 (lab) or 检查 (exam). */
export const REPORT_TYPE_NAMES = Object.freeze({
  lab: '检验',
  exam: '检查',
} satisfies Record<Schemas['ReportType'], string>);

/** A report's status; `amended` is a final report corrected later (see its `amendment`). */
export const REPORT_STATUS_NAMES = Object.freeze({
  preliminary: '初步报告',
  final: '正式报告',
  amended: '已更正',
} satisfies Record<Schemas['ReportStatus'], string>);

/** An exam's modality (检查类别). */
export const EXAM_MODALITY_NAMES = Object.freeze({
  xray: 'X线',
  ct: 'CT',
  mri: '磁共振',
  ultrasound: '超声',
  ecg: '心电图',
  endoscopy: '内镜',
} satisfies Record<Schemas['ExamModality'], string>);
