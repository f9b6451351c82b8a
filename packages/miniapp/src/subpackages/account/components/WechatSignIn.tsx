import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../../components/ActionButton';
import { a11yProps } from '../../../lib/a11y';
import { errorMessageOf } from '../../../lib/errors';
import { mockWechatLoginCode } from '../../../lib/mockWechatCode';
import { yika } from '../../../services/yika';

/**
 * WeChat sign-in. In the mini-program the code comes from wx.login; on H5 ("simulated") a random
 * well-formed code stands in, which the mock platform resolves to its demo resident.
 */
export function WechatSignIn({ mode, onSignedIn }: { mode: 'wechat' | 'simulated'; onSignedIn: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      const code = mode === 'wechat' ? (await Taro.login()).code : mockWechatLoginCode();
      await yika.auth.loginWithWechatCode(code);
      onSignedIn();
    } catch (failure) {
      setError(errorMessageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className={mode === 'wechat' ? 'yika-card' : 'yika-card sign-in__alt'} id="wechat-sign-in">
      {error ? (
        <Text id="wechat-sign-in-error" className="sign-in__error" {...a11yProps({ role: 'alert' })}>
          ⚠ {error}
        </Text>
      ) : null}
      <ActionButton
        id="wechat-sign-in-button"
        block
        variant={mode === 'wechat' ? 'primary' : 'secondary'}
        disabled={busy}
        onClick={() => void signIn()}
      >
        {busy ? '正在登录…' : mode === 'wechat' ? '微信一键登录' : '模拟微信登录'}
      </ActionButton>
    </View>
  );
}
