import { Input, Text, View } from '@tarojs/components';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../../../components/ActionButton';
import { a11yProps } from '../../../lib/a11y';
import { holderNameForDisplay, relationName, socialSecurityNumberForDisplay } from '../../../lib/cardDisplay';
import { inputIdentity } from '../../../lib/inputIdentity';
import { SOCIAL_SECURITY_INPUT_MAX_LENGTH } from '../../../lib/socialSecurityForm';
import type { SocialSecurityLinkForm } from '../useSocialSecurityLink';
import { FormField } from './FormField';

/** 关联社保卡: one number, why it helps, and the platform's answer. */
export function SocialSecurityForm({ card, form }: { card: Card; form: SocialSecurityLinkForm }) {
  const name = holderNameForDisplay(card);
  const linked = socialSecurityNumberForDisplay(card);
  return (
    <View id="social-security-form">
      <View className="yika-card social-security">
        <Text id="social-security-holder" className="social-security__title">
          为{name}（{relationName(card.relation)}）的健康卡关联社保卡
        </Text>
        <Text id="social-security-why" className="social-security__why">
          关联后，就诊时可直接使用社保卡结算。
        </Text>
        {linked === null ? null : (
          <Text id="social-security-current" className="social-security__current">
            当前已关联 {linked}，提交后将替换为新的社保卡号。
          </Text>
        )}
        <FormField
          id="socialSecurityNumber"
          errorId="social-security-number-error"
          label="社保卡号"
          error={form.fieldError ?? undefined}
        >
          <Input
            className="yika-input card-form__input"
            type="text"
            value={form.value}
            maxlength={SOCIAL_SECURITY_INPUT_MAX_LENGTH}
            placeholder="社保卡正面的卡号"
            onInput={(event) => form.change(event.detail.value)}
            onBlur={form.blur}
            onConfirm={form.submit}
            {...inputIdentity('social-security-number', '社保卡号')}
          />
          <Text className="card-form__note">9 到 20 位数字或字母，字母会自动转为大写</Text>
        </FormField>
      </View>
      <View className="card-form__submit">
        {form.formError ? (
          <Text id="social-security-error" className="card-form__banner" {...a11yProps({ role: 'alert' })}>
            ⚠ {form.formError}
          </Text>
        ) : null}
        <ActionButton id="social-security-submit" block disabled={form.submitting} onClick={form.submit}>
          {form.submitting ? '正在提交…' : '确认关联'}
        </ActionButton>
        <Text className="card-form__note">社保卡号只用于结算，保存后只显示部分号码。</Text>
      </View>
    </View>
  );
}
