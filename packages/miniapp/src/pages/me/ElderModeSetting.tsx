import { Text, View } from '@tarojs/components';
import { useElderMode } from '../../hooks/useElderMode';
import { a11yProps } from '../../lib/a11y';
import { elderModeHint } from '../../lib/elderMode';

const isH5 = process.env.TARO_ENV === 'h5';

/**
 * 关怀模式 on 我的: one switch (bigger text and buttons, the simplified home), and, once the resident has
 * chosen, a way back to following WeChat's font size. Shown signed in or not: it is about reading, not
 * about the account.
 */
export function ElderModeSetting() {
  const mode = useElderMode();
  const stateWord = mode.enabled ? '已开启' : '已关闭';
  return (
    <View className="yika-card elder-setting" id="elder-mode-setting">
      <View
        id="elder-mode-switch"
        className={`elder-setting__switch${mode.enabled ? ' elder-setting__switch--on' : ''}`}
        onClick={() => mode.setMode(mode.enabled ? 'off' : 'on')}
        {...a11yProps({
          role: 'switch',
          // H5 states on/off with aria-checked; WeChat reads only the label, so it says the state.
          label: isH5 ? '关怀模式' : `关怀模式，${stateWord}`,
          checked: mode.enabled,
          focusable: true,
        })}
      >
        <View className="elder-setting__text">
          <Text className="elder-setting__title">关怀模式</Text>
          <Text className="elder-setting__hint" id="elder-mode-hint">
            {elderModeHint(mode)}
          </Text>
        </View>
        {/* The track shows 开/关 in words as well as by colour and knob position. */}
        <View className="elder-setting__track">
          <Text className="elder-setting__word">{mode.enabled ? '开' : '关'}</Text>
          <View className="elder-setting__knob" />
        </View>
      </View>
      {mode.automatic ? null : (
        <View
          id="elder-mode-auto"
          className="elder-setting__auto"
          onClick={() => mode.setMode('auto')}
          {...a11yProps({ role: 'button', focusable: true })}
        >
          <Text>改为跟随微信字号</Text>
        </View>
      )}
    </View>
  );
}
