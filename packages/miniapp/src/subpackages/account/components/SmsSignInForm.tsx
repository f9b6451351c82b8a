import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { isApiError } from '@yika/sdk';
import { ActionButton } from '../../../components/ActionButton';
import { useCountdown } from '../../../hooks/useCountdown';
import { a11yProps } from '../../../lib/a11y';
import { DEFAULT_RESEND_SECONDS, resendButtonLabel } from '../../../lib/countdown';
import { errorMessageOf } from '../../../lib/errors';
import { inputIdentity } from '../../../lib/inputIdentity';
import {
  canRequestSmsCode,
  canSubmitSmsSignIn,
  digitsOnly,
  PHONE_LENGTH,
  phoneFieldError,
  SMS_CODE_LENGTH,
} from '../../../lib/signInForm';
import { yika } from '../../../services/yika';

/** Phone + SMS code sign-in. A failed request keeps what was typed and says why, in Chinese. */
export function SmsSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [phone, setPhone] = useState('');
  const [phoneTouched, setPhoneTouched] = useState(false);
  const [code, setCode] = useState('');
  const [sending, setSending] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const countdown = useCountdown();

  const phoneError = phoneFieldError(phone, phoneTouched);
  const canSend = canRequestSmsCode({ phone, resendSecondsLeft: countdown.remaining, sending });
  const canSubmit = canSubmitSmsSignIn({ phone, code, submitting });

  const sendCode = async () => {
    setPhoneTouched(true);
    if (!canSend) return;
    setSending(true);
    setError(null);
    try {
      const sent = await yika.auth.sendSmsCode(phone);
      countdown.start(sent.resendAfterSeconds ?? DEFAULT_RESEND_SECONDS);
      setNotice(`验证码已发送至 ${sent.maskedPhone}`);
    } catch (failure) {
      setError(errorMessageOf(failure));
      // A code went out less than a minute ago: wait as long as the platform says.
      if (isApiError(failure) && failure.retryAfterSeconds) countdown.start(failure.retryAfterSeconds);
    } finally {
      setSending(false);
    }
  };

  const signIn = async () => {
    if (!canSubmit) return;
    setSubmitting(true);
    setError(null);
    try {
      await yika.auth.loginWithSmsCode(phone, code);
      onSignedIn();
    } catch (failure) {
      setError(errorMessageOf(failure));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <View className="yika-card" id="sms-sign-in">
      <View className="sign-in__field">
        <Text className="sign-in__label">手机号</Text>
        <View className="sign-in__input-row">
          <Input
            className={`yika-input sign-in__input${phoneError ? ' sign-in__input--invalid' : ''}`}
            type="number"
            value={phone}
            maxlength={PHONE_LENGTH}
            placeholder="请输入 11 位手机号"
            onInput={(event) => setPhone(digitsOnly(event.detail.value, PHONE_LENGTH))}
            onBlur={() => setPhoneTouched(true)}
            {...inputIdentity('sms-phone', '手机号')}
          />
          <ActionButton
            id="sms-send"
            variant="secondary"
            className="sign-in__send"
            disabled={!canSend}
            onClick={() => void sendCode()}
          >
            {resendButtonLabel(countdown.remaining, sending)}
          </ActionButton>
        </View>
        {phoneError ? (
          <Text id="sms-phone-error" className="yika-field-error" {...a11yProps({ role: 'alert' })}>
            ⚠ {phoneError}
          </Text>
        ) : null}
      </View>
      <View className="sign-in__field">
        <Text className="sign-in__label">验证码</Text>
        <Input
          className="yika-input sign-in__input"
          type="number"
          value={code}
          maxlength={SMS_CODE_LENGTH}
          placeholder="6 位数字验证码"
          onInput={(event) => setCode(digitsOnly(event.detail.value, SMS_CODE_LENGTH))}
          onConfirm={() => void signIn()}
          {...inputIdentity('sms-code', '验证码')}
        />
      </View>
      {notice && !error ? (
        <Text id="sms-notice" className="sign-in__notice" {...a11yProps({ role: 'status' })}>
          {notice}
        </Text>
      ) : null}
      {error ? (
        <Text id="sign-in-error" className="sign-in__error" {...a11yProps({ role: 'alert' })}>
          ⚠ {error}
        </Text>
      ) : null}
      <ActionButton id="sms-submit" block disabled={!canSubmit} onClick={() => void signIn()}>
        {submitting ? '正在登录…' : '登录'}
      </ActionButton>
    </View>
  );
}
