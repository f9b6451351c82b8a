import { Text, View } from '@tarojs/components';
import { Page } from '../../../../components/Page';
import { leaveSignIn } from '../../../../services/routes';
import { SmsSignInForm } from '../../components/SmsSignInForm';
import { WechatSignIn } from '../../components/WechatSignIn';
import './index.scss';

// WeChat signs in with wx.login; the H5 build (browsers, hospital apps) with an SMS code, plus a
// simulated WeChat sign-in for development against the mock platform.
const isWeapp = process.env.TARO_ENV === 'weapp';

export default function SignInPage() {
  return (
    <Page id="sign-in-page">
      <View className="sign-in__intro">
        <Text className="sign-in__title">登录一卡通</Text>
        <Text className="sign-in__hint">一张电子健康卡，全市医院通用</Text>
      </View>
      {isWeapp ? (
        <WechatSignIn mode="wechat" onSignedIn={leaveSignIn} />
      ) : (
        <View>
          <SmsSignInForm onSignedIn={leaveSignIn} />
          <WechatSignIn mode="simulated" onSignedIn={leaveSignIn} />
        </View>
      )}
    </Page>
  );
}
