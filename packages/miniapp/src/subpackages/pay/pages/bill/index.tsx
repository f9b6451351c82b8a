import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useRef, useState } from 'react';
import type { Bill } from '@yika/sdk';
import { formatYuan } from '@yika/sdk/domain';
import { ActionButton } from '../../../../components/ActionButton';
import { Page } from '../../../../components/Page';
import { RemoteView } from '../../../../components/RemoteView';
import { useRemoteData } from '../../../../hooks/useRemoteData';
import { a11yProps } from '../../../../lib/a11y';
import { billStatusName, dateTimeText } from '../../../../lib/billList';
import { billCharge, insuranceAvailable, payButtonText } from '../../../../lib/paySplit';
import { pageParam } from '../../../../lib/routeParams';
import { payCheckoutUrl, paymentRecordUrl, socialSecurityUrl } from '../../../../services/routes';
import { yika } from '../../../../services/yika';
import { BillItems } from '../../components/BillItems';
import { FactList } from '../../../../components/FactList';
import { InvoiceLink } from '../../components/InvoiceLink';
import { SplitPanel } from '../../components/SplitPanel';
import { SwitchRow } from '../../../../components/SwitchRow';
import '../../pay.scss';

const open = (url: string) => void Taro.navigateTo({ url });

function InsuranceChoice({
  bill,
  on,
  onChange,
}: {
  bill: Bill;
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  if (!insuranceAvailable(bill)) {
    return (
      <View id="insurance-not-linked" className="pay__notice">
        <Text>关联社保卡后可使用医保结算，统筹基金和个人账户支付的部分无需自付。</Text>
        <Text
          id="link-social-security"
          className="pay__link"
          onClick={() => open(socialSecurityUrl(bill.cardRef))}
          {...a11yProps({ role: 'link', focusable: true })}
        >
          去关联社保卡 ›
        </Text>
      </View>
    );
  }
  return (
    <View className="insurance-switch">
      <SwitchRow id="use-insurance" title="使用医保" on={on} onToggle={onChange} />
    </View>
  );
}

function BillDetail({ bill }: { bill: Bill }) {
  // On by default when the card is linked; the resident may pay it all themselves instead.
  const [insuranceChoice, setInsuranceChoice] = useState<boolean | null>(null);
  const useInsurance = insuranceChoice ?? insuranceAvailable(bill);
  const split = billCharge(bill, useInsurance);
  const unpaid = bill.status === 'unpaid';
  return (
    <View id="bill-detail">
      <View className="yika-card">
        <Text className="pay__heading">{bill.hospital.name}</Text>
        <FactList
          facts={[
            { label: '就诊人', value: bill.patientName },
            { label: '科室', value: bill.departmentName },
            { label: '医生', value: bill.doctorName },
            { label: '开单时间', value: dateTimeText(bill.issuedAt) },
            { label: '状态', value: billStatusName(bill.status), id: 'bill-status' },
          ]}
        />
      </View>
      <View className="yika-card">
        <Text className="pay__heading">费用项目</Text>
        <BillItems items={bill.items} />
        <FactList
          facts={[{ label: '合计', value: formatYuan(bill.totalFen), tone: 'total', id: 'bill-total' }]}
        />
      </View>
      {unpaid ? (
        <View className="yika-card">
          <InsuranceChoice bill={bill} on={useInsurance} onChange={setInsuranceChoice} />
        </View>
      ) : null}
      {unpaid ? (
        <SplitPanel id="bill-split" split={split} title={useInsurance ? '医保结算（预估）' : '费用明细'} />
      ) : null}
      <View className="pay__actions">
        {unpaid ? (
          <ActionButton
            id="bill-pay"
            block
            onClick={() => open(payCheckoutUrl({ bill: bill.id, insurance: useInsurance }))}
          >
            {payButtonText(split)}
          </ActionButton>
        ) : null}
        {bill.paymentId ? (
          <ActionButton
            id="bill-record"
            block
            variant="secondary"
            onClick={() => open(paymentRecordUrl(bill.paymentId ?? ''))}
          >
            查看缴费记录
          </ActionButton>
        ) : null}
        {bill.invoiceUrl ? <InvoiceLink url={bill.invoiceUrl} /> : null}
      </View>
    </View>
  );
}

/** 账单详情 `?id=<billId>`: items, total, the insurance split with the 使用医保 switch, 立即支付. */
export default function BillPage() {
  const { params } = useRouter();
  const billId = pageParam(params, 'id');
  const load = useCallback(
    (signal: AbortSignal | undefined) => {
      if (!billId) return Promise.reject(new Error('missing bill id'));
      return yika.bills.get(billId, { signal });
    },
    [billId],
  );
  const bill = useRemoteData(load);
  // Back from the link page or from paying: the estimate or the status may have changed.
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) firstShow.current = false;
    else bill.reload();
  });
  return (
    <Page id="pay-bill-page">
      <RemoteView data={bill} loadingLabel="正在加载账单…" errorTitle="账单加载失败">
        {(loaded) => <BillDetail bill={loaded} />}
      </RemoteView>
    </Page>
  );
}
