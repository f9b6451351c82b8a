import { Text, View } from '@tarojs/components';
import { a11yProps } from '../../../lib/a11y';
import { GUARDIAN_CONSENT_VERSION } from '../../../lib/cardApplyForm';

// A summary of the 《儿童个人信息处理规则》 (version minor-v1) the guardian agrees to: what is collected,
// why, and the guardian's rights. PIPL art. 31 asks for a guardian's separate, explicit consent.
const CONSENT_POINTS = [
  '我们仅为办理和使用电子健康卡，收集孩子的姓名、性别、民族、出生日期、证件号码和监护人手机号。',
  '这些信息属于敏感个人信息，只用于孩子在本地区医院的挂号、就诊、缴费和报告查询，不会用于其他目的。',
  '信息加密保存在区域健康平台，医院仅在孩子就诊时按需使用；未经您同意，不向第三方提供。',
  '您可以随时查看、更正孩子的信息，或解绑孩子的健康卡；如有疑问，可拨打 12320 咨询。',
];

/** The guardian consent for a child under 14: the rules' summary and an explicit, unticked checkbox. */
export function GuardianConsentBlock({
  agreed,
  error,
  onChange,
}: {
  agreed: boolean;
  error: string | undefined;
  onChange: (agreed: boolean) => void;
}) {
  return (
    <View id="guardian-consent-block" className="card-form__consent">
      <Text className="card-form__consent-title">《儿童个人信息处理规则》摘要</Text>
      <Text className="card-form__consent-intro">
        持卡人未满14周岁。为孩子办卡前，请监护人阅读以下内容（版本 {GUARDIAN_CONSENT_VERSION}）：
      </Text>
      {CONSENT_POINTS.map((point, index) => (
        <Text key={point} className="card-form__consent-point">
          {index + 1}. {point}
        </Text>
      ))}
      <View
        id="guardian-consent"
        className={`card-form__checkbox${agreed ? ' card-form__checkbox--checked' : ''}`}
        onClick={() => onChange(!agreed)}
        {...a11yProps({
          role: 'checkbox',
          checked: agreed,
          focusable: true,
          label: `${agreed ? '已勾选' : '未勾选'}：我是孩子的监护人，已阅读并同意《儿童个人信息处理规则》`,
        })}
      >
        <Text className="card-form__box">{agreed ? '☑' : '☐'}</Text>
        <Text className="card-form__checkbox-text">
          我是孩子的监护人，已阅读并同意《儿童个人信息处理规则》
        </Text>
      </View>
      {error ? (
        <Text id="apply-guardianConsent-error" className="yika-field-error" {...a11yProps({ role: 'alert' })}>
          ⚠ {error}
        </Text>
      ) : null}
    </View>
  );
}
