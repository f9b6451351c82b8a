import Taro from '@tarojs/taro';
import { useCallback, useReducer, useRef } from 'react';
import {
  afterHold,
  confirmReducer,
  initialConfirmState,
  shouldReleaseHold,
  type ConfirmMode,
  type ConfirmState,
} from '../../lib/bookingConfirm';
import { bookingProblemOf, type BookingProblem, type BookingProblemContext } from '../../lib/bookingErrors';
import { createSubmissionKeys } from '../../lib/submissionKey';
import { openAppointmentsTab } from '../../services/appointmentsTab';
import { bookingSuccessUrl, payCheckoutUrl } from '../../services/routes';
import { yika } from '../../services/yika';

export interface ConfirmBooking {
  state: ConfirmState;
  chooseCard: (cardRef: string) => void;
  submit: () => void;
  /** The hold of the last attempt, for a PAYMENT_REQUIRED problem's 去支付. */
  heldId: string | null;
}

/**
 * 确认预约 / 确认候补: holds the slot for the chosen card and books it when free, or sends the resident to
 * pay it; or joins the waitlist. Each request carries one idempotency key per attempt, kept while the
 * answer is unknown (a retry after a lost answer lands once) and renewed after a definite answer.
 */
export function useConfirmBooking(target: {
  mode: ConfirmMode;
  scheduleId: string;
  slotId: string | undefined;
  initialCardRef: string | null;
  context: (cardRef: string) => BookingProblemContext;
}): ConfirmBooking {
  const [state, dispatch] = useReducer(confirmReducer, target.initialCardRef, initialConfirmState);
  const keys = useRef({
    hold: createSubmissionKeys(),
    book: createSubmissionKeys(),
    join: createSubmissionKeys(),
  });
  const heldId = useRef<string | null>(null);
  const busy = useRef(false);
  const { mode, scheduleId, slotId, context } = target;

  const fail = useCallback(
    (error: unknown, cardRef: string): BookingProblem => {
      const problem = bookingProblemOf(error, context(cardRef));
      if (problem.next?.kind !== 'retry') {
        Object.values(keys.current).forEach((submission) => submission.settle());
        const held = heldId.current;
        if (held && shouldReleaseHold(problem)) {
          heldId.current = null;
          // Give the place back now rather than after the hold minutes; failing that, it expires anyway.
          void yika.holds.release(held).catch(() => undefined);
        }
      }
      dispatch({ type: 'failed', problem });
      return problem;
    },
    [context],
  );

  const book = useCallback(async (cardRef: string, slot: string) => {
    dispatch({ type: 'stepStarted', step: 'hold' });
    const holdRequest = { slotId: slot, cardRef };
    const hold = await yika.holds.create(holdRequest, {
      idempotencyKey: keys.current.hold.keyFor(holdRequest),
    });
    heldId.current = hold.id;
    const next = afterHold(hold);
    if (next.kind === 'pay') {
      keys.current.hold.settle();
      dispatch({ type: 'finished' });
      // In place of this page: back from the checkout returns to the slots, not to a used confirm page.
      void Taro.redirectTo({ url: payCheckoutUrl({ hold: next.holdId }) });
      return;
    }
    let appointmentId: string;
    if (next.kind === 'booked') appointmentId = next.appointmentId;
    else {
      dispatch({ type: 'stepStarted', step: 'book' });
      const appointment = await yika.appointments.book(next.holdId, {
        idempotencyKey: keys.current.book.keyFor({ holdId: next.holdId }),
      });
      appointmentId = appointment.id;
    }
    keys.current.hold.settle();
    keys.current.book.settle();
    heldId.current = null;
    dispatch({ type: 'finished' });
    void Taro.redirectTo({ url: bookingSuccessUrl(appointmentId) });
  }, []);

  const join = useCallback(
    async (cardRef: string) => {
      dispatch({ type: 'stepStarted', step: 'join' });
      const request = { scheduleId, cardRef };
      await yika.waitlist.join(request, { idempotencyKey: keys.current.join.keyFor(request) });
      keys.current.join.settle();
      dispatch({ type: 'finished' });
      void Taro.showToast({ title: '已加入候补', icon: 'success' });
      openAppointmentsTab('waitlist');
    },
    [scheduleId],
  );

  const submit = useCallback(() => {
    const cardRef = state.cardRef;
    if (cardRef === null || busy.current) return;
    if (mode === 'book' && !slotId) return;
    busy.current = true;
    const attempt = mode === 'waitlist' ? join(cardRef) : book(cardRef, slotId ?? '');
    attempt
      .catch((error: unknown) => fail(error, cardRef))
      .finally(() => {
        busy.current = false;
      });
  }, [state.cardRef, mode, slotId, join, book, fail]);

  const chooseCard = useCallback((cardRef: string) => dispatch({ type: 'chooseCard', cardRef }), []);

  return { state, chooseCard, submit, heldId: heldId.current };
}
