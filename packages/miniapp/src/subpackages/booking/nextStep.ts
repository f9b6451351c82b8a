// Carrying out a problem's next step (lib/bookingErrors): most leave the page; some (retry, choose another
// card, reload) are the page's own and come in as `local`.
import Taro from '@tarojs/taro';
import type { NextStep } from '../../lib/bookingErrors';
import { openAppointmentsTab } from '../../services/appointmentsTab';
import { goHome, goToSignIn, payCheckoutUrl, returnTo, ROUTES } from '../../services/routes';

export interface LocalSteps {
  retry?: () => void;
  reload?: () => void;
  chooseCard?: () => void;
  /** The hold to pay, for PAYMENT_REQUIRED. */
  holdId?: string | null;
  /** The slots page to return to (with its parameters), for a taken slot or a lapsed hold. */
  slotsUrl?: string;
}

function backFromSlots(): void {
  // Confirm sits on the slots page, which sits on the department or doctor page: back two, where possible.
  const depth = Taro.getCurrentPages().length;
  if (depth > 2) void Taro.navigateBack({ delta: 2 });
  else goHome();
}

export function goToNextStep(next: NextStep, local: LocalSteps): void {
  switch (next.kind) {
    case 'pickAnotherSlot':
    case 'reselect':
      returnTo(ROUTES.bookingSlots, local.slotsUrl ?? ROUTES.home);
      return;
    case 'pickAnotherDay':
      backFromSlots();
      return;
    case 'myAppointments':
      openAppointmentsTab('upcoming');
      return;
    case 'myWaitlist':
      openAppointmentsTab('waitlist');
      return;
    case 'pay':
      if (local.holdId) void Taro.redirectTo({ url: payCheckoutUrl({ hold: local.holdId }) });
      return;
    case 'callHospital':
      if (next.phone) void Taro.makePhoneCall({ phoneNumber: next.phone });
      return;
    case 'signIn':
      goToSignIn();
      return;
    case 'chooseCard':
      local.chooseCard?.();
      return;
    case 'reload':
      local.reload?.();
      return;
    case 'retry':
      local.retry?.();
      return;
  }
}
