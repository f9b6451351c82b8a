import { Text, View } from '@tarojs/components';
import { SwitchRow } from '../../components/SwitchRow';
import { useElderMode } from '../../hooks/useElderMode';
import { a11yProps } from '../../lib/a11y';
import { elderModeHint } from '../../lib/elderMode';

/**
 * 关怀模式 on 我的: one switch (bigger text and buttons, the simplified home), and, once the resident has
 * chosen, a way back to following WeChat's font size. Shown signed in or not: it is about reading, not
 * about the account.
 */
export function ElderModeSetting() {
  const mode = useElderMode();
  return (
    <View className="yika-card elder-setting" id="elder-mode-setting">
      <SwitchRow
        id="elder-mode-switch"
        title="关怀模式"
        hint={
          <Text className="elder-setting__hint" id="elder-mode-hint">
            {elderModeHint(mode)}
          </Text>
        }
        on={mode.enabled}
        onToggle={(on) => mode.setMode(on ? 'on' : 'off')}
      />
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
