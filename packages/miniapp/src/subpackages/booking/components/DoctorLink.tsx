import { Text, View } from '@tarojs/components';
import { a11yProps } from '../../../lib/a11y';

/** 查看医生介绍: a full-width row with a visible arrow, opening the doctor's page. */
export function DoctorLink({ doctorName, onOpen }: { doctorName: string; onOpen: () => void }) {
  const hint = `${doctorName}的擅长和出诊时间`;
  return (
    <View
      id="open-doctor"
      className="yika-card doctor-link"
      onClick={onOpen}
      {...a11yProps({ role: 'link', label: `查看医生介绍，${hint}`, focusable: true })}
    >
      <View className="doctor-link__text">
        <Text className="doctor-link__title">查看医生介绍</Text>
        <Text className="doctor-link__hint">{hint}</Text>
      </View>
      <Text className="doctor-link__arrow">›</Text>
    </View>
  );
}
