import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import type { Appointment } from '@yika/sdk';
import { cancellationRule } from '../../lib/appointmentDisplay';
import { bookingProblemOf, type BookingProblem } from '../../lib/bookingErrors';
import { createSubmissionKeys } from '../../lib/submissionKey';
import { yika } from '../../services/yika';

export interface CancelAppointment {
  cancelling: boolean;
  problem: BookingProblem | null;
  /** Asks first (with the rule: until when, the refund), then cancels. */
  askToCancel: () => void;
  /** The same cancellation again, with the same idempotency key (after a lost answer). */
  retry: () => void;
}

/** 取消预约 with a confirmation; `onCancelled` receives the platform's answer (status, refund). */
export function useCancelAppointment(
  appointment: Appointment,
  context: { hospitalPhone?: string },
  onCancelled: (appointment: Appointment) => void,
): CancelAppointment {
  const [cancelling, setCancelling] = useState(false);
  const [problem, setProblem] = useState<BookingProblem | null>(null);
  const keys = useRef(createSubmissionKeys());
  const { id } = appointment;

  const cancel = useCallback(async () => {
    setCancelling(true);
    setProblem(null);
    try {
      const answer = await yika.appointments.cancel(id, {
        idempotencyKey: keys.current.keyFor({ cancel: id }),
      });
      keys.current.settle();
      onCancelled(answer);
      void Taro.showToast({ title: '已取消预约', icon: 'success' });
    } catch (error) {
      const found = bookingProblemOf(error, context);
      if (found.next?.kind !== 'retry') keys.current.settle();
      setProblem(found);
    } finally {
      setCancelling(false);
    }
  }, [id, context, onCancelled]);

  const askToCancel = useCallback(() => {
    void Taro.showModal({
      title: '取消预约',
      content: `确定取消${appointment.patientName}的这次预约吗？${cancellationRule(appointment, Date.now()).text}`,
      confirmText: '确认取消',
      cancelText: '再想想',
      confirmColor: '#b3261e',
    }).then(({ confirm }) => {
      if (confirm) void cancel();
    });
  }, [appointment, cancel]);

  return { cancelling, problem, askToCancel, retry: () => void cancel() };
}
