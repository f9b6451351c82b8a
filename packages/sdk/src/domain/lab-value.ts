// How one lab result reads on screen: the value as the lab printed it, with its unit.
import type { LabResult } from '../types';

/** Units written against the number, as printed on Chinese lab sheets (`6.8%`, not `6.8 %`). */
const UNSPACED_UNITS = new Set(['%', '‰']);

/**
 * `{ value: 6.8, text: '6.80', unit: 'mmol/L' }` -> `'6.80 mmol/L'`; `{ value: 7.2, unit: '%' }` -> `'7.2%'`;
 * a qualitative result (`valueType: 'text'`) as given, e.g. `'阳性(+)'`. The printed `text` wins over
 * `value` so the lab's precision (`6.80`) is kept. `'—'` when the result has neither.
 */
export function formatLabValue(result: Pick<LabResult, 'valueType' | 'value' | 'text' | 'unit'>): string {
  if (result.valueType === 'text') return result.text ?? '—';
  const shown = result.text ?? (result.value === undefined ? undefined : String(result.value));
  if (shown === undefined) return '—';
  const unit = result.unit ?? '';
  if (unit === '') return shown;
  return UNSPACED_UNITS.has(unit) ? `${shown}${unit}` : `${shown} ${unit}`;
}
