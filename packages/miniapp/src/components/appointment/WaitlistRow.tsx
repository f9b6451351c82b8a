import { Text, View } from '@tarojs/components';
import type { WaitlistEntry } from '@yika/sdk';
import { waitlistRow } from '../../lib/appointmentSegments';
import { ActionButton } from '../ActionButton';
import { VisitLines } from './VisitLines';
import '../list-row.scss';
import './appointment-list.scss';

/** One waitlist entry (候补): where it stands; an offered place to pay; leave the waitlist. */
export function WaitlistRow({
  entry,
  busy,
  onPay,
  onLeave,
}: {
  entry: WaitlistEntry;
  busy: boolean;
  onPay: (holdId: string) => void;
  onLeave: (entry: WaitlistEntry) => void;
}) {
  const row = waitlistRow(entry);
  const payHoldId = row.payHoldId;
  return (
    <View className="list-row appointment-row waitlist-row" data-waitlist-id={row.id}>
      <VisitLines row={row} />
      <Text className="waitlist-row__detail">{row.detail}</Text>
      {payHoldId || row.canLeave ? (
        <View className="appointment-row__actions">
          {payHoldId ? (
            <ActionButton
              className="waitlist-row__pay"
              label={`为${row.patientName}支付候补到的号`}
              onClick={() => onPay(payHoldId)}
            >
              去支付
            </ActionButton>
          ) : null}
          {row.canLeave ? (
            <ActionButton
              className="waitlist-row__leave"
              variant="secondary"
              disabled={busy}
              label={`${row.patientName}退出${row.title}的候补`}
              onClick={() => onLeave(entry)}
            >
              退出候补
            </ActionButton>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
