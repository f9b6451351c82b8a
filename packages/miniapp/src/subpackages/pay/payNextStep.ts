import Taro from '@tarojs/taro';
import type { Bill, Hold } from '@yika/sdk';
import type { PayNextStep } from '../../lib/payErrors';
import {
  appointmentDetailUrl,
  bookingSlotsUrl,
  goHome,
  goToSignIn,
  paymentRecordsUrl,
  paymentRecordUrl,
  ROUTES,
  socialSecurityUrl,
} from '../../services/routes';

export interface NextStepContext {
  hold?: Hold;
  bill?: Bill;
  cardRef?: string;
  /** Pays again: a retry (same idempotency key) or a new order after a closed one. */
  payAgain: () => void;
}

/** Takes the next step a refusal of the payment flow offers (see lib/payErrors.ts). */
export function takeNextStep(step: PayNextStep, context: NextStepContext): void {
  switch (step) {
    case 'chooseSlot': {
      // The slot list of the same schedule, loaded afresh (the lapsed place may be taken by now).
      const schedule = context.hold?.schedule;
      const url = schedule ? bookingSlotsUrl(schedule.id, schedule.hospitalId) : ROUTES.bookingEarliest;
      void Taro.redirectTo({ url });
      return;
    }
    case 'reorder':
    case 'retry':
      context.payAgain();
      return;
    case 'viewRecord': {
      const paymentId = context.bill?.paymentId;
      void Taro.redirectTo({ url: paymentId ? paymentRecordUrl(paymentId) : paymentRecordsUrl() });
      return;
    }
    case 'linkInsurance': {
      const cardRef = context.cardRef ?? context.bill?.cardRef;
      if (cardRef) void Taro.navigateTo({ url: socialSecurityUrl(cardRef) });
      return;
    }
    case 'viewAppointment': {
      const appointmentId = context.hold?.appointmentId;
      if (appointmentId) void Taro.redirectTo({ url: appointmentDetailUrl(appointmentId) });
      else void Taro.switchTab({ url: ROUTES.appointments });
      return;
    }
    case 'signIn':
      goToSignIn();
      return;
    case 'back':
      if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
      else goHome();
  }
}
