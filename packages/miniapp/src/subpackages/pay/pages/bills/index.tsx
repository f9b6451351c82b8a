import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BillStatus, Card } from '@yika/sdk';
import { ActionButton } from '../../../../components/ActionButton';
import { ChipGroup } from '../../../../components/ChipGroup';
import { EmptyState } from '../../../../components/EmptyState';
import { Page } from '../../../../components/Page';
import { PagedListView } from '../../../../components/PagedListView';
import { useCards } from '../../../../hooks/useCards';
import { usePagedListPage } from '../../../../hooks/usePagedListPage';
import { BILL_STATUS_OPTIONS, billRow, cardOptions, groupByHospital } from '../../../../lib/billList';
import { pageParam } from '../../../../lib/routeParams';
import { billDetailUrl, paymentRecordsUrl } from '../../../../services/routes';
import { AmountRow } from '../../components/AmountRow';
import { CardsGate } from '../../../../components/card/CardsGate';
import { PAY_GATE } from '../../payGate';
import { useBillList } from '../../usePayLists';
import '../../pay.scss';

const ALL_CARDS = 'all';

function BillList({ cards, initialCard }: { cards: Card[]; initialCard: string | undefined }) {
  const [cardRef, setCardRef] = useState(
    initialCard && cards.some((card) => card.id === initialCard) ? initialCard : ALL_CARDS,
  );
  const [status, setStatus] = useState<BillStatus>('unpaid');
  const bills = useBillList(cardRef === ALL_CARDS ? undefined : cardRef, status);

  // Back from paying a bill: it has moved from 待缴费 to 已缴费.
  usePagedListPage(bills, { refreshOnShow: true });

  const cardChoices = [{ code: ALL_CARDS, name: '全部就诊人' }, ...cardOptions(cards)];
  return (
    <View id="bills">
      <View className="pay__filters">
        <ChipGroup
          id="bills-cards"
          label="按就诊人筛选"
          options={cardChoices}
          value={cardRef}
          onChange={setCardRef}
          className="pay__chip-row"
          scrollable
        />
        <ChipGroup
          id="bills-status"
          label="按缴费状态筛选"
          options={BILL_STATUS_OPTIONS}
          value={status}
          onChange={setStatus}
          className="pay__chips"
        />
      </View>
      <PagedListView
        list={bills}
        id="bill-list"
        loadingLabel="正在加载账单…"
        errorTitle="账单加载失败"
        empty={
          <EmptyState
            title={status === 'unpaid' ? '没有待缴费的账单' : '没有已缴费的账单'}
            hint={status === 'unpaid' ? '医生开具检查、检验或处方后，待缴费用会显示在这里。' : undefined}
            action={
              <ActionButton
                variant="secondary"
                onClick={() => void Taro.navigateTo({ url: paymentRecordsUrl() })}
              >
                查看缴费记录
              </ActionButton>
            }
          />
        }
      >
        {(items) =>
          groupByHospital(items).map((group) => (
            <View key={group.hospital.id} className="bill-group">
              <Text className="pay__group-title">{group.hospital.name}</Text>
              {group.items.map((bill) => (
                <AmountRow
                  key={bill.id}
                  model={billRow(bill)}
                  onOpen={(id) => void Taro.navigateTo({ url: billDetailUrl(id) })}
                />
              ))}
            </View>
          ))
        }
      </PagedListView>
    </View>
  );
}

/** 门诊缴费: the outpatient bills of the family's cards, by card and status, grouped by hospital. */
export default function BillsPage() {
  const { params } = useRouter();
  const cards = useCards();
  return (
    <Page id="pay-bills-page">
      <CardsGate cards={cards} {...PAY_GATE}>
        {(list) => <BillList cards={list} initialCard={pageParam(params, 'card')} />}
      </CardsGate>
    </Page>
  );
}
