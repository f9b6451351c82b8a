import { Input, Text, View } from '@tarojs/components';
import { ActionButton } from '../../../components/ActionButton';
import { a11yProps } from '../../../lib/a11y';
import { resendButtonLabel } from '../../../lib/countdown';
import { inputIdentity } from '../../../lib/inputIdentity';
import { SMS_CODE_LENGTH } from '../../../lib/signInForm';
import type { CardApplicationForm } from '../useCardApplication';

/** The SMS code input with its 获取验证码 button and the 60 s resend countdown. */
export function SmsCodeField({ form }: { form: CardApplicationForm }) {
  const { sms } = form;
  return (
    <View>
      <View className="card-form__input-row">
        <Input
          className="yika-input card-form__input"
          type="number"
          value={form.values.smsCode}
          maxlength={SMS_CODE_LENGTH}
          placeholder="6 位验证码"
          onInput={(event) => form.change({ smsCode: event.detail.value })}
          onBlur={() => form.blur('smsCode')}
          {...inputIdentity('apply-sms-code', '短信验证码')}
        />
        <ActionButton
          id="apply-sms-send"
          variant="secondary"
          className="card-form__send"
          disabled={!sms.canSend}
          onClick={sms.send}
        >
          {resendButtonLabel(sms.remaining, sms.sending)}
        </ActionButton>
      </View>
      {sms.notice ? (
        <Text id="apply-sms-notice" className="card-form__notice" {...a11yProps({ role: 'status' })}>
          {sms.notice}
        </Text>
      ) : null}
    </View>
  );
}
