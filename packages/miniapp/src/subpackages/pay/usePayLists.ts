import { useCallback } from 'react';
import type { Bill, BillStatus, Payment } from '@yika/sdk';
import { usePagedList, type PagedList } from '../../hooks/usePagedList';
import { yika } from '../../services/yika';

const PAGE_SIZE = 20;

/** The bills of one card (or every card of the account) in one status, newest first. */
export function useBillList(cardRef: string | undefined, status: BillStatus): PagedList<Bill> {
  const fetchPage = useCallback(
    (cursor: string | undefined, signal: AbortSignal | undefined) =>
      yika.bills.list({ cardRef, status, cursor, limit: PAGE_SIZE }, { signal }),
    [cardRef, status],
  );
  return usePagedList(fetchPage);
}

/** The payment records of one card (or every card of the account), newest first. */
export function usePaymentRecords(cardRef: string | undefined): PagedList<Payment> {
  const fetchPage = useCallback(
    (cursor: string | undefined, signal: AbortSignal | undefined) =>
      yika.payments.list({ cardRef, cursor, limit: PAGE_SIZE }, { signal }),
    [cardRef],
  );
  return usePagedList(fetchPage);
}
