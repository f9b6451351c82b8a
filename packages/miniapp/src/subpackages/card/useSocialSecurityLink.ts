import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Card } from '@yika/sdk';
import { errorMessageOf } from '../../lib/errors';
import {
  isSocialSecurityNumber,
  normaliseSocialSecurityNumber,
  socialSecurityNumberError,
} from '../../lib/socialSecurityForm';
import { returnTo, ROUTES } from '../../services/routes';
import { yika } from '../../services/yika';

export interface SocialSecurityLinkForm {
  /** What the resident typed, normalised (upper case); kept as it is when a submission fails. */
  value: string;
  /** The inline message under the field. */
  fieldError: string | null;
  /** The platform's refusal or a failed connection, in its Chinese message. */
  formError: string | null;
  submitting: boolean;
  change: (raw: string) => void;
  blur: () => void;
  submit: () => void;
}

/**
 * Links the typed social-security card number (社保卡号) to `card`, then returns to the family page, which
 * reloads and shows the platform's masked form. The full number lives only in this form while it is typed.
 */
export function useSocialSecurityLink(card: Card): SocialSecurityLinkForm {
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const change = (raw: string) => {
    setValue(normaliseSocialSecurityNumber(raw));
    setFormError(null);
  };

  const submit = async () => {
    setTouched(true);
    if (submitting || !isSocialSecurityNumber(value)) return;
    setSubmitting(true);
    setFormError(null);
    try {
      // PUT replaces the link, so a resubmission after a lost answer is harmless with a fresh key.
      await yika.cards.linkSocialSecurityCard(card.id, value);
      setValue('');
      setTouched(false);
      void Taro.showToast({ title: '已关联社保卡', icon: 'none' });
      returnTo(ROUTES.cardFamily);
    } catch (failure) {
      setFormError(errorMessageOf(failure));
    } finally {
      setSubmitting(false);
    }
  };

  return {
    value,
    fieldError: socialSecurityNumberError(value, touched),
    formError,
    submitting,
    change,
    blur: () => setTouched(true),
    submit: () => void submit(),
  };
}
