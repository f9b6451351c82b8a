import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Hospital } from '@yika/sdk';
import { ActionButton } from '../../../components/ActionButton';
import { HOSPITAL_TYPE_NAMES } from '../../../lib/hospitalLabels';

export function HospitalInfo({ hospital }: { hospital: Hospital }) {
  return (
    <View className="yika-card hospital-info" id="hospital-info">
      <Text className="hospital-info__name">{hospital.name}</Text>
      <View className="hospital-info__badges">
        <Text className="hospital-info__badge">{hospital.levelName}</Text>
        <Text className="hospital-info__badge">{HOSPITAL_TYPE_NAMES[hospital.type]}</Text>
        <Text className="hospital-info__badge">{hospital.district.name}</Text>
      </View>
      <View className="hospital-info__row">
        <Text className="hospital-info__label">地址</Text>
        <Text className="hospital-info__value">{hospital.address}</Text>
      </View>
      <View className="hospital-info__row">
        <Text className="hospital-info__label">电话</Text>
        <Text className="hospital-info__value">{hospital.phone}</Text>
      </View>
      {hospital.tags && hospital.tags.length > 0 ? (
        <View className="hospital-info__row">
          <Text className="hospital-info__label">特色</Text>
          <Text className="hospital-info__value">{hospital.tags.join('、')}</Text>
        </View>
      ) : null}
      <Text className="hospital-info__intro">{hospital.introduction}</Text>
      <ActionButton
        variant="secondary"
        block
        className="hospital-info__call"
        label={`拨打${hospital.name}总机 ${hospital.phone}`}
        onClick={() => void Taro.makePhoneCall({ phoneNumber: hospital.phone }).catch(() => undefined)}
      >
        拨打总机
      </ActionButton>
    </View>
  );
}
