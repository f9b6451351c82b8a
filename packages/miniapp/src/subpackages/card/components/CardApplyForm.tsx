import { Input, Text, View } from '@tarojs/components';
import { ID_TYPE_OPTIONS, NATION_OPTIONS, RELATION_OPTIONS, shanghaiDate } from '@yika/sdk/domain';
import { ActionButton } from '../../../components/ActionButton';
import { a11yProps } from '../../../lib/a11y';
import { ADDRESS_MAX_LENGTH } from '../../../lib/cardApplyForm';
import { inputIdentity } from '../../../lib/inputIdentity';
import { PHONE_LENGTH } from '../../../lib/signInForm';
import type { CardApplicationForm } from '../useCardApplication';
import { FormField } from './FormField';
import { GuardianConsentBlock } from './GuardianConsentBlock';
import { ChipGroup } from '../../../components/ChipGroup';
import { DatePicker, SelectorPicker } from './PickerField';
import { SmsCodeField } from './SmsCodeField';

const GENDER_OPTIONS = [
  { code: 'male', name: '男' },
  { code: 'female', name: '女' },
] as const;

/** 实名申领: the holder's real-name data, the phone with its SMS code, and for a child the guardian's consent. */
export function CardApplyForm({ form }: { form: CardApplicationForm }) {
  const { values, errors } = form;
  const isResidentId = values.idType === '01';
  return (
    <View id="apply-form">
      <View className="yika-card">
        <FormField id="relation" label="与本人关系" error={errors.relation}>
          <ChipGroup
            className="card-form__chips"
            id="apply-relation"
            label="与本人关系"
            options={RELATION_OPTIONS}
            value={values.relation}
            onChange={(relation) => form.change({ relation })}
          />
        </FormField>
        <FormField id="name" label="姓名" error={errors.name}>
          <Input
            className="yika-input card-form__input"
            type="text"
            value={values.name}
            maxlength={40}
            placeholder="与证件上的姓名一致"
            onInput={(event) => form.change({ name: event.detail.value })}
            onBlur={() => form.blur('name')}
            {...inputIdentity('apply-name', '姓名')}
          />
        </FormField>
        <FormField id="idType" label="证件类型" error={errors.idType}>
          <SelectorPicker
            id="apply-id-type"
            label="证件类型"
            options={ID_TYPE_OPTIONS}
            value={values.idType}
            onChange={(idType) => form.change({ idType })}
          />
        </FormField>
        <FormField id="idNumber" label="证件号码" error={errors.idNumber}>
          <Input
            className="yika-input card-form__input"
            type={isResidentId ? 'idcard' : 'text'}
            value={values.idNumber}
            maxlength={isResidentId ? 18 : 20}
            placeholder={isResidentId ? '18 位身份证号码' : '证件上的号码'}
            onInput={(event) => form.change({ idNumber: event.detail.value })}
            onBlur={() => form.blur('idNumber')}
            {...inputIdentity('apply-id-number', '证件号码')}
          />
          {isResidentId ? (
            <Text className="card-form__note">填写身份证号码后，出生日期和性别会自动填好</Text>
          ) : null}
        </FormField>
        <FormField id="gender" label="性别" error={errors.gender}>
          <ChipGroup
            className="card-form__chips"
            id="apply-gender"
            label="性别"
            options={GENDER_OPTIONS}
            value={values.gender}
            onChange={(gender) => form.change({ gender })}
          />
        </FormField>
        <FormField id="birthDate" label="出生日期" error={errors.birthDate}>
          <DatePicker
            id="apply-birth-date"
            label="出生日期"
            value={values.birthDate}
            today={shanghaiDate(Date.now())}
            onChange={(birthDate) => form.change({ birthDate })}
          />
        </FormField>
        <FormField id="nation" label="民族" error={errors.nation}>
          <SelectorPicker
            id="apply-nation"
            label="民族"
            options={NATION_OPTIONS}
            value={values.nation}
            onChange={(nation) => form.change({ nation })}
          />
        </FormField>
      </View>
      <View className="yika-card">
        <FormField id="phone" label="手机号" error={errors.phone}>
          <Input
            className="yika-input card-form__input"
            type="number"
            value={values.phone}
            maxlength={PHONE_LENGTH}
            placeholder="接收验证码的 11 位手机号"
            onInput={(event) => form.change({ phone: event.detail.value })}
            onBlur={() => form.blur('phone')}
            {...inputIdentity('apply-phone', '手机号')}
          />
        </FormField>
        <FormField id="smsCode" label="验证码" error={errors.smsCode}>
          <SmsCodeField form={form} />
        </FormField>
        <FormField id="address" label="联系地址" optional error={errors.address}>
          <Input
            className="yika-input card-form__input"
            type="text"
            value={values.address}
            maxlength={ADDRESS_MAX_LENGTH}
            placeholder="居住地址"
            onInput={(event) => form.change({ address: event.detail.value })}
            onBlur={() => form.blur('address')}
            {...inputIdentity('apply-address', '联系地址')}
          />
        </FormField>
      </View>
      {form.needsConsent ? (
        <View className="yika-card">
          <GuardianConsentBlock
            agreed={values.guardianAgreed}
            error={errors.guardianConsent}
            onChange={(guardianAgreed) => form.change({ guardianAgreed })}
          />
        </View>
      ) : null}
      <View className="card-form__submit">
        {form.formError ? (
          <Text id="apply-error" className="card-form__banner" {...a11yProps({ role: 'alert' })}>
            ⚠ {form.formError}
          </Text>
        ) : null}
        <ActionButton id="apply-submit" block disabled={!form.canSubmit} onClick={form.submit}>
          {form.submitting ? '正在提交…' : '提交申领'}
        </ActionButton>
        {form.needsConsent && !values.guardianAgreed ? (
          <Text className="card-form__note">请先勾选监护人同意，再提交</Text>
        ) : null}
        <Text className="card-form__note">已办理过健康卡的证件，提交后会绑定原有的卡，不会重复办卡。</Text>
      </View>
    </View>
  );
}
