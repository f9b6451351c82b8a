import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../components/ActionButton';
import { EntryRow } from '../../components/EntryRow';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { MaskedPhone } from '../../components/MaskedPhone';
import { Page } from '../../components/Page';
import { useAccount } from '../../hooks/useAccount';
import { billsUrl, cardCodeUrl, goToSignIn, paymentRecordsUrl, ROUTES } from '../../services/routes';
import { yika } from '../../services/yika';
import { ElderModeSetting } from './ElderModeSetting';
import './index.scss';

const open = (url: string) => void Taro.navigateTo({ url });

/** What a signed-in account reaches from 我的, in this order. */
const ACCOUNT_ENTRIES: ReadonlyArray<{ id: string; title: string; hint: string; url: () => string }> = [
  { id: 'me-cards', title: '我的健康卡', hint: '出示二维码，全市医院通用', url: () => cardCodeUrl() },
  { id: 'me-family', title: '家庭成员', hint: '为家人申领、绑定健康卡', url: () => ROUTES.cardFamily },
  { id: 'me-bills', title: '门诊缴费', hint: '待缴费用，可用医保结算', url: () => billsUrl() },
  { id: 'me-payments', title: '缴费记录', hint: '挂号费、门诊费用和退款', url: () => paymentRecordsUrl() },
];

export default function MePage() {
  const account = useAccount();
  const [signingOut, setSigningOut] = useState(false);

  const signOut = async () => {
    setSigningOut(true);
    try {
      // Local tokens are cleared even when the platform cannot be reached.
      await yika.auth.logout().catch(() => undefined);
      void Taro.showToast({ title: '已退出登录', icon: 'none' });
    } finally {
      setSigningOut(false);
      account.reload();
    }
  };

  return (
    <Page id="me-page">
      {account.status === 'loading' ? <LoadingState /> : null}
      {account.status === 'error' ? <ErrorState error={account.error} onRetry={account.reload} /> : null}
      {account.status === 'empty' ? (
        <View className="yika-card me-card" id="signed-out">
          <Text className="me-card__title">未登录</Text>
          <Text className="me-card__hint">登录后可以申领电子健康卡、预约挂号和查看报告。</Text>
          <ActionButton id="go-sign-in" block className="me-card__action" onClick={goToSignIn}>
            登录 / 注册
          </ActionButton>
        </View>
      ) : null}
      {account.status === 'ready' && account.data ? (
        <View className="yika-card me-card" id="signed-in">
          <Text className="me-card__title">{account.data.nickname ?? '居民用户'}</Text>
          <View className="me-card__row">
            <Text className="me-card__label">手机号</Text>
            <MaskedPhone className="me-card__value" phone={account.data.maskedPhone} />
          </View>
          <View className="me-card__row">
            <Text className="me-card__label">微信</Text>
            <Text className="me-card__value">{account.data.wechatBound ? '已绑定' : '未绑定'}</Text>
          </View>
          <ActionButton
            id="sign-out"
            block
            variant="secondary"
            className="me-card__action"
            disabled={signingOut}
            onClick={() => void signOut()}
          >
            {signingOut ? '正在退出…' : '退出登录'}
          </ActionButton>
        </View>
      ) : null}
      <ElderModeSetting />
      {account.status === 'ready' && account.data ? (
        <View className="yika-card" id="me-card-entries">
          {ACCOUNT_ENTRIES.map((entry) => (
            <EntryRow
              key={entry.id}
              id={entry.id}
              title={entry.title}
              hint={entry.hint}
              onOpen={() => open(entry.url())}
            />
          ))}
        </View>
      ) : null}
    </Page>
  );
}
