import { useCallback } from 'react';
import type { Bill, Hold } from '@yika/sdk';
import { useRemoteData, type RemoteData } from '../../hooks/useRemoteData';
import type { CheckoutTarget } from '../../lib/checkoutTarget';
import { yika } from '../../services/yika';

export type CheckoutSubject =
  { kind: 'hold'; hold: Hold; hospitalName: string } | { kind: 'bill'; bill: Bill };

/**
 * What the checkout page is about to pay: the hold (with its hospital's name for the visit summary; the
 * name is left out rather than failing the page when only that read fails) or the bill.
 */
export function useCheckoutSubject(target: CheckoutTarget | null): RemoteData<CheckoutSubject> {
  const load = useCallback(
    async (signal: AbortSignal | undefined): Promise<CheckoutSubject> => {
      if (!target) throw new Error('missing checkout target');
      if (target.kind === 'bill')
        return { kind: 'bill', bill: await yika.bills.get(target.billId, { signal }) };
      const hold = await yika.holds.get(target.holdId, { signal });
      const hospital = await yika.hospitals.get(hold.schedule.hospitalId, { signal }).catch(() => undefined);
      return { kind: 'hold', hold, hospitalName: hospital?.name ?? '' };
    },
    [target],
  );
  return useRemoteData(load);
}
