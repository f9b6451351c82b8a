// The cancellation cut-off (退号截止) of the policy's `cancelCutoff`: `time` on the day `daysBefore` the
// visit, Asia/Shanghai (default 16:00 the day before). Cancelling is allowed strictly before it.
import { addDays } from '@yika/sdk/domain';
import type { PolicyRules } from './policy';
import { atShanghai, minutesOfDay } from './time';

export function cancelDeadlineMs(visitDate: string, cutoff: PolicyRules['cancelCutoff']): number {
  return atShanghai(addDays(visitDate, -cutoff.daysBefore), minutesOfDay(cutoff.time));
}
