// A hospital's booking policy (预约规则) in plain words, so residents learn the rules before they book,
// not from an error afterwards.
import type { BookingPolicy, Channel } from '@yika/sdk';

/** The channels (渠道) as residents know them. */
export const CHANNEL_NAMES = Object.freeze({
  'wechat-miniapp': '微信小程序',
  'hospital-app': '医院App',
  web: '网页',
  kiosk: '自助机',
  phone: '电话预约',
  window: '医院窗口',
} satisfies Record<Channel, string>);

export interface PolicyItem {
  key: 'window' | 'hours' | 'hold' | 'cancel' | 'limits' | 'noShow' | 'quota';
  title: string;
  text: string;
}

/** `{ daysBefore: 1, time: '16:00' }` -> `就诊前一天16:00前`. */
export function cancelCutoffText(cutoff: BookingPolicy['cancelCutoff']): string {
  if (cutoff.daysBefore === 0) return `就诊当天${cutoff.time}前`;
  if (cutoff.daysBefore === 1) return `就诊前一天${cutoff.time}前`;
  return `就诊前${cutoff.daysBefore}天${cutoff.time}前`;
}

function quotaText(policy: BookingPolicy, channel: Channel): string | null {
  const quotas = policy.channelQuotas.filter((quota) => quota.percent > 0);
  if (quotas.length === 0) return null;
  return quotas
    .map((quota) => {
      const names = quota.channels.map((code) => CHANNEL_NAMES[code]).join('、');
      const own = quota.channels.includes(channel) ? '（含您正在使用的渠道）' : '';
      return `每个时段有${quota.percent}%的号留给${names}${own}`;
    })
    .join('；');
}

/** The whole policy, one item per rule, in the order a resident meets them. */
export function policyItems(policy: BookingPolicy, channel: Channel): PolicyItem[] {
  const { limits, noShowBan } = policy;
  const items: PolicyItem[] = [
    {
      key: 'window',
      title: '放号时间',
      text: `可预约今天起${policy.bookingWindowDays}天内的号（含今天），每天${policy.releaseTime}放出新一天的号。`,
    },
    {
      key: 'hours',
      title: '预约时间',
      text: `每天${policy.bookingHours.start}-${policy.bookingHours.end}可以预约。`,
    },
    {
      key: 'hold',
      title: '锁号',
      text: `选好号后请在${policy.holdMinutes}分钟内完成支付，超时未支付，号会自动释放给其他人。`,
    },
    {
      key: 'cancel',
      title: '取消预约',
      text: `${cancelCutoffText(policy.cancelCutoff)}可以取消，已支付的挂号费全额退回；超过时间不能再取消。`,
    },
    {
      key: 'limits',
      title: '预约限额',
      text:
        `同一就诊人在同一科室每天限约${limits.perPatientPerDepartmentPerDay}个号，` +
        `在同一医院每天最多${limits.perPatientPerHospitalPerDay}个号；` +
        `每个账号每月最多预约${limits.perAccountPerMonth}次。`,
    },
    {
      key: 'noShow',
      title: '爽约',
      text:
        `预约后未就诊也未取消算爽约。${noShowBan.windowDays}天内爽约${noShowBan.count}次，` +
        `${noShowBan.banDays}天内不能在全市任何医院预约。`,
    },
  ];
  const quota = quotaText(policy, channel);
  if (quota) items.push({ key: 'quota', title: '窗口号源', text: `${quota}。` });
  return items;
}

/** One short line for the collapsed 预约须知: window and release, and the cancel cut-off. */
export function policyHeadline(policy: BookingPolicy): string {
  return `可约${policy.bookingWindowDays}天内的号 · 每天${policy.releaseTime}放号 · ${cancelCutoffText(policy.cancelCutoff)}可取消`;
}
