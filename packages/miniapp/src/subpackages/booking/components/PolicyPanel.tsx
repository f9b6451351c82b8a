import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useRemoteData } from '../../../hooks/useRemoteData';
import { a11yProps } from '../../../lib/a11y';
import { policyHeadline, policyItems } from '../../../lib/bookingPolicy';
import { yika } from '../../../services/yika';
import { PolicyList } from './PolicyList';

function PolicyBody({ hospitalId }: { hospitalId: string }) {
  const load = useCallback(
    (signal: AbortSignal | undefined) => yika.hospitals.bookingPolicy(hospitalId, { signal }),
    [hospitalId],
  );
  const policy = useRemoteData(load, { isEmpty: () => false });
  if (policy.status === 'error') {
    return <ErrorState compact title="预约须知加载失败" error={policy.error} onRetry={policy.reload} />;
  }
  if (!policy.data) return <LoadingState compact label="正在加载预约须知…" />;
  return (
    <View id="policy-summary">
      <Text className="policy-panel__headline">{policyHeadline(policy.data)}</Text>
      <PolicyList items={policyItems(policy.data, YIKA_CHANNEL)} />
    </View>
  );
}

/**
 * 预约须知: the hospital's booking rules behind an expander. The policy is fetched the first time it is
 * opened (most residents never do) and kept while the page lives.
 */
export function PolicyPanel({ hospitalId }: { hospitalId: string }) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const toggle = () => {
    setOpen((current) => !current);
    setOpened(true);
  };
  return (
    <View className="yika-card policy-panel">
      <View
        id="policy-toggle"
        className="policy-panel__toggle"
        onClick={toggle}
        {...a11yProps({
          role: 'button',
          label: `预约须知，${open ? '已展开' : '已收起'}`,
          focusable: true,
          expanded: open,
        })}
      >
        <Text className="policy-panel__title">预约须知</Text>
        <Text className="policy-panel__state">{open ? '收起 ▲' : '展开 ▼'}</Text>
      </View>
      {opened ? (
        <View className={open ? 'policy-panel__body' : 'policy-panel__body policy-panel__body--hidden'}>
          <PolicyBody hospitalId={hospitalId} />
        </View>
      ) : null}
    </View>
  );
}
