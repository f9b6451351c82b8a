import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { a11yProps } from '../lib/a11y';
import './switch-row.scss';

const isH5 = process.env.TARO_ENV === 'h5';

/**
 * An on/off choice as one row (关怀模式, 使用医保): the whole row is the tap target, at least 44 pt high
 * (60 pt in elder mode), unlike the platform's small switch; the track says 开/关 in words as well as by
 * colour and knob position.
 */
export function SwitchRow({
  id,
  title,
  hint,
  on,
  onToggle,
}: {
  id: string;
  /** What is switched, also the accessible name. */
  title: string;
  hint?: ReactNode;
  on: boolean;
  onToggle: (on: boolean) => void;
}) {
  return (
    <View
      id={id}
      className={`switch-row${on ? ' switch-row--on' : ''}`}
      onClick={() => onToggle(!on)}
      {...a11yProps({
        role: 'switch',
        // H5 states on/off with aria-checked; WeChat reads only the label, so it says the state.
        label: isH5 ? title : `${title}，${on ? '已开启' : '已关闭'}`,
        checked: on,
        focusable: true,
      })}
    >
      <View className="switch-row__text">
        <Text className="switch-row__title">{title}</Text>
        {hint}
      </View>
      <View className="switch-row__track">
        <Text className="switch-row__word">{on ? '开' : '关'}</Text>
        <View className="switch-row__knob" />
      </View>
    </View>
  );
}
