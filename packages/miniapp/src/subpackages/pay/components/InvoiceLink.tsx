import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { createElement } from 'react';
import { ActionButton } from '../../../components/ActionButton';

/**
 * The e-invoice (电子发票) of a paid bill. On H5 a plain link that opens it; the mini-program cannot open
 * an outside page without a registered business domain, so it copies the link for the browser instead.
 */
export function InvoiceLink({ url }: { url: string }) {
  if (process.env.TARO_ENV === 'h5') {
    // A real <a>: the browser opens it, and screen readers announce a link.
    return createElement(
      'a',
      {
        id: 'invoice-link',
        className: 'yika-button yika-button--secondary yika-button--block',
        href: url,
        target: '_blank',
        rel: 'noopener',
      },
      '查看电子发票',
    );
  }
  return (
    <ActionButton
      id="invoice-link"
      block
      variant="secondary"
      onClick={() =>
        void Taro.setClipboardData({ data: url }).then(() =>
          Taro.showToast({ title: '发票链接已复制，请在浏览器中打开', icon: 'none' }),
        )
      }
    >
      <Text>复制电子发票链接</Text>
    </ActionButton>
  );
}
