import { useCallback, useReducer, useRef, useState } from 'react';
import type { CardApplicationResult, Relation } from '@yika/sdk';
import { isApiError } from '@yika/sdk';
import { shanghaiDate } from '@yika/sdk/domain';
import { useCountdown } from '../../hooks/useCountdown';
import {
  canSubmitCardForm,
  cardFormReducer,
  initialCardFormState,
  needsGuardianConsent,
  toCardApplication,
  visibleFieldErrors,
  type CardFieldErrors,
  type CardFormAction,
  type CardFormField,
  type CardFormState,
  type CardFormValues,
} from '../../lib/cardApplyForm';
import { placeApplyError, placeSmsSendError } from '../../lib/cardErrors';
import { DEFAULT_RESEND_SECONDS, resendWaitFor } from '../../lib/countdown';
import { canRequestSmsCode } from '../../lib/signInForm';
import { createSubmissionKeys } from '../../lib/submissionKey';
import { yika } from '../../services/yika';

export interface CardApplicationForm {
  values: CardFormValues;
  errors: CardFieldErrors;
  formError: string | null;
  needsConsent: boolean;
  canSubmit: boolean;
  submitting: boolean;
  change: (patch: Partial<CardFormValues>) => void;
  blur: (field: CardFormField) => void;
  submit: () => void;
  sms: { canSend: boolean; sending: boolean; remaining: number; notice: string | null; send: () => void };
  /** The platform's answer once the card was created or bound. */
  result: CardApplicationResult | null;
}

/** The application form's state, its SMS code and its submission. */
export function useCardApplication(initialRelation: Relation | ''): CardApplicationForm {
  const [state, dispatch] = useReducer(
    cardFormReducer as (state: CardFormState, action: CardFormAction) => CardFormState,
    initialRelation,
    initialCardFormState,
  );
  const [submitting, setSubmitting] = useState(false);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [result, setResult] = useState<CardApplicationResult | null>(null);
  const countdown = useCountdown();
  const submissionKeys = useRef(createSubmissionKeys());
  const today = shanghaiDate(Date.now());
  const { values } = state;

  const change = useCallback((patch: Partial<CardFormValues>) => dispatch({ type: 'change', patch }), []);
  const blur = useCallback((field: CardFormField) => dispatch({ type: 'blur', field }), []);
  const remaining = resendWaitFor(values.phone, sentTo, countdown.remaining);
  const canSend = canRequestSmsCode({ phone: values.phone, resendSecondsLeft: remaining, sending });
  const canSubmit = canSubmitCardForm(values, today, submitting);

  const send = async () => {
    dispatch({ type: 'blur', field: 'phone' });
    if (!canSend) return;
    setSending(true);
    setNotice(null);
    try {
      const sent = await yika.cards.sendSmsCode(values.phone);
      setSentTo(values.phone);
      countdown.start(sent.resendAfterSeconds ?? DEFAULT_RESEND_SECONDS);
      setNotice(`验证码已发送至 ${sent.maskedPhone}`);
    } catch (failure) {
      dispatch({ type: 'platformRefused', ...placeSmsSendError(failure) });
      // A code went out less than a minute ago: wait as long as the platform says.
      if (isApiError(failure) && failure.retryAfterSeconds) {
        setSentTo(values.phone);
        countdown.start(failure.retryAfterSeconds);
      }
    } finally {
      setSending(false);
    }
  };

  const submit = async () => {
    dispatch({ type: 'submitAttempted' });
    const application = toCardApplication(values, today);
    if (application === null || !canSubmit) return;
    setSubmitting(true);
    try {
      const idempotencyKey = submissionKeys.current.keyFor(application);
      const answer = await yika.cards.apply(application, { idempotencyKey });
      submissionKeys.current.settle();
      setResult(answer);
    } catch (failure) {
      // Only a definite refusal ends this submission; after a lost answer the same key is sent again.
      if (isApiError(failure) && failure.status < 500) submissionKeys.current.settle();
      dispatch({ type: 'platformRefused', ...placeApplyError(failure) });
    } finally {
      setSubmitting(false);
    }
  };

  return {
    values,
    errors: visibleFieldErrors(state, today),
    formError: state.formError,
    needsConsent: needsGuardianConsent(values, today),
    canSubmit,
    submitting,
    change,
    blur,
    submit: () => void submit(),
    sms: {
      canSend,
      sending,
      remaining,
      notice: sentTo === values.phone ? notice : null,
      send: () => void send(),
    },
    result,
  };
}
