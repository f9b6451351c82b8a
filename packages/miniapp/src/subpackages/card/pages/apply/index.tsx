import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { Page } from '../../../../components/Page';
import { cardCodeUrl } from '../../../../services/routes';
import { ApplyResult } from '../../components/ApplyResult';
import { CardApplyForm } from '../../components/CardApplyForm';
import { useCardApplication } from '../../useCardApplication';
import '../../card.scss';

/** How long the outcome (新办 or 绑定) stays on screen before the card's code opens by itself. */
const RESULT_PAUSE_MS = 2_000;

/** 申领/绑定电子健康卡: `?relation=self` preselects 本人 (the account's first card). */
export default function CardApplyPage() {
  const { params } = useRouter();
  const form = useCardApplication(params.relation === 'self' ? 'self' : '');
  const cardRef = form.result?.card.id;

  useEffect(() => {
    if (cardRef === undefined) return undefined;
    const timer = setTimeout(() => void Taro.redirectTo({ url: cardCodeUrl(cardRef) }), RESULT_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [cardRef]);

  return (
    <Page id="card-apply-page">
      {form.result ? (
        <ApplyResult
          result={form.result}
          onOpen={() => void Taro.redirectTo({ url: cardCodeUrl(form.result?.card.id) })}
        />
      ) : (
        <CardApplyForm form={form} />
      )}
    </Page>
  );
}
