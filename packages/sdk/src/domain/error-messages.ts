// The one table of resident-facing error texts. The SDK falls back to it when a platform error body has
// no message, and the mock platform builds its error bodies from it, so both always say the same thing.
import type { components } from '../generated/openapi';
import { idNumberProblemMessages } from './id-number';

export type ErrorCode = components['schemas']['ErrorCode'];

/** Codes the SDK raises itself, for failures that never reached (or never came back from) the platform. */
export type ClientErrorCode =
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'SIGNED_OUT'
  | 'HOSPITAL_KEY_REQUIRED'
  | 'UNKNOWN_ERROR'
  // Payments: `waitUntilSettled` ran out of time; `wx.requestPayment` failed (not a cancel).
  | 'PAYMENT_PENDING'
  | 'PAYMENT_FAILED'
  // `@yika/sdk/server`: a WeChat Pay notification that must not be trusted.
  | 'WECHATPAY_SIGNATURE_INVALID'
  | 'WECHATPAY_TIMESTAMP_SKEW'
  | 'WECHATPAY_DECRYPT_FAILED'
  // `@yika/sdk/server`: a platform webhook event that must not be trusted, or one this SDK is too old for.
  | 'WEBHOOK_SIGNATURE_INVALID'
  | 'WEBHOOK_EXPIRED'
  | 'WEBHOOK_CLAIMS_INVALID'
  | 'WEBHOOK_EVENT_UNKNOWN';

const platformErrorMessages: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '请求参数有误，请检查后重试',
  INVALID_PHONE: '请输入正确的手机号码',
  UNAUTHENTICATED: '登录已失效，请重新登录',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  INVALID_LOGIN_CODE: '微信登录失败，请重试',
  INVALID_SMS_CODE: '验证码错误或已过期，请重新输入',
  INVALID_REFRESH_TOKEN: '登录已失效，请重新登录',
  NOT_FOUND: '没有找到相关信息',
  IDEMPOTENCY_CONFLICT: '该操作已提交过，请勿重复提交',
  IDEMPOTENCY_IN_PROGRESS: '操作正在处理中，请稍候',
  SMS_RATE_LIMITED: '验证码发送太频繁，请1分钟后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL_ERROR: '系统出了点问题，请稍后再试',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后再试',
  INVALID_NAME: '请输入证件上的真实姓名',
  // The platform refuses an ID number for the same reasons the SDK's own check does: one text for each.
  ID_LENGTH: idNumberProblemMessages.ID_LENGTH,
  ID_FORMAT: idNumberProblemMessages.ID_FORMAT,
  ID_CHECKSUM: idNumberProblemMessages.ID_CHECKSUM,
  ID_BIRTH_DATE_INVALID: idNumberProblemMessages.ID_BIRTH_DATE_INVALID,
  ID_BIRTH_DATE_TOO_EARLY: idNumberProblemMessages.ID_BIRTH_DATE_TOO_EARLY,
  ID_BIRTH_DATE_FUTURE: idNumberProblemMessages.ID_BIRTH_DATE_FUTURE,
  ID_BIRTH_DATE_MISMATCH: '出生日期与身份证号码不一致，请核对',
  ID_GENDER_MISMATCH: '性别与身份证号码不一致，请核对',
  GUARDIAN_CONSENT_REQUIRED: '为未满14周岁的儿童办卡，需要监护人同意《儿童个人信息处理规则》',
  CARD_CODE_MALFORMED: '无法识别的健康卡二维码',
  CARD_CODE_EXPIRED: '健康卡二维码已过期，请刷新后重新出示',
  CARD_CODE_INVALID: '健康卡二维码无效，请让就诊人重新出示',
  CARD_LIMIT_REACHED: '每个账号最多绑定5张健康卡，请先解绑不常用的卡',
  CARD_ALREADY_BOUND: '这张健康卡已经绑定在您的账号中',
  SELF_CARD_EXISTS: '您已经绑定了本人的健康卡',
  CARD_PHONE_MISMATCH: '该证件已办理过电子健康卡，请使用办卡时预留的手机号验证',
  GUARDIAN_CARD_REQUIRED: '请先为本人办理健康卡，再为孩子办卡',
  CARD_SUSPENDED: '这张健康卡已被冻结，请联系医院或客服处理',
  SLOT_UNAVAILABLE: '这个时段的号已经约满了，请选择其他时段',
  SCHEDULE_NOT_OPEN: '该排班暂不可预约（尚未放号、已停止预约或医生停诊）',
  BOOKING_CLOSED: '当前不在预约时间内，请在医院规定的预约时间内再试',
  BOOKING_LIMIT: '已达到预约数量上限，请先完成或取消已有的预约',
  HOLD_EXPIRED: '锁号已超时，号源已释放，请重新选择时段',
  PAYMENT_REQUIRED: '该号需要支付挂号费，支付成功后即预约成功',
  BANNED_FOR_NO_SHOW: '因多次爽约，就诊人暂时不能预约挂号',
  CANCEL_CUTOFF_PASSED: '已过取消截止时间，无法在线取消，如需帮助请联系医院',
  APPOINTMENT_NOT_CANCELLABLE: '该预约已签到、停诊或已过就诊时间，无法取消',
  CHECK_IN_NOT_ALLOWED: '该预约当前不能签到',
  WAITLIST_NOT_NEEDED: '该排班还有号源，请直接预约',
  WAITLIST_CLOSED: '该排班的候补已截止',
  ALREADY_WAITLISTED: '该就诊人已在候补队列中',
  PAYMENT_CLOSED: '订单已超时关闭，请重新下单',
  PAYMENT_STATE_INVALID: '订单当前状态不支持该操作',
  REFUND_EXCEEDS_PAID: '退款金额超过了实际支付金额',
  REFUND_CONFLICT: '该退款单号已用于另一笔退款',
  BILL_ALREADY_PAID: '该账单已缴费，无需重复支付',
  INSURANCE_NOT_LINKED: '使用医保支付需要先为健康卡关联社保卡',
  INVALID_SIGNATURE: '支付通知签名校验失败',
  INVALID_CLIENT: '应用身份校验未通过，请检查应用密钥配置',
  INVALID_SCOPE: '应用申请的权限超出登记范围',
  INSUFFICIENT_SCOPE: '该应用无权执行此操作',
};

const clientErrorMessages: Record<ClientErrorCode, string> = {
  NETWORK_ERROR: '网络连接失败，请检查网络后重试',
  TIMEOUT: '网络请求超时，请稍后重试',
  ABORTED: '请求已取消',
  SIGNED_OUT: '您尚未登录，请先登录',
  // A hospital integration called a hospital-only operation with neither `hospitalKey` nor `clientAuth`.
  HOSPITAL_KEY_REQUIRED: '未配置医院接入凭证（接入密钥或服务端凭证），无法办理医院端业务',
  UNKNOWN_ERROR: '出了点问题，请稍后再试',
  PAYMENT_PENDING: '支付结果确认中，请稍后在缴费记录中查看',
  PAYMENT_FAILED: '支付未成功，请稍后重试',
  // Read by hospital servers' logs rather than residents: the code says what failed.
  WECHATPAY_SIGNATURE_INVALID: '微信支付通知签名校验失败',
  WECHATPAY_TIMESTAMP_SKEW: '微信支付通知时间戳超出允许范围',
  WECHATPAY_DECRYPT_FAILED: '微信支付通知解密失败',
  WEBHOOK_SIGNATURE_INVALID: '平台事件签名校验失败',
  WEBHOOK_EXPIRED: '平台事件已过期',
  WEBHOOK_CLAIMS_INVALID: '平台事件内容校验失败',
  WEBHOOK_EVENT_UNKNOWN: '未知的平台事件类型，请升级开发包',
};

export const errorMessages: Readonly<Record<ErrorCode | ClientErrorCode, string>> = {
  ...platformErrorMessages,
  ...clientErrorMessages,
};

/** Whether `code` is one of the contract's error codes (not a client code). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(platformErrorMessages, code);
}

/** The resident-facing text for any code; unknown codes (a newer platform) get the generic text. */
export function messageForCode(code: string): string {
  return Object.prototype.hasOwnProperty.call(errorMessages, code)
    ? errorMessages[code as ErrorCode | ClientErrorCode]
    : clientErrorMessages.UNKNOWN_ERROR;
}
