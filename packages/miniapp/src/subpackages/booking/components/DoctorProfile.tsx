import { Text, View } from '@tarojs/components';
import type { Doctor } from '@yika/sdk';
import { formatYuan, REGISTRATION_TYPE_NAMES } from '@yika/sdk/domain';

/** Who the doctor is: title, where they see patients, registration type and fee, specialty, introduction. */
export function DoctorProfile({ doctor }: { doctor: Doctor }) {
  return (
    <View id="doctor-profile" className="yika-card doctor-profile">
      <View className="doctor-profile__head">
        <Text className="doctor-profile__name">{doctor.name}</Text>
        <Text className="booking__badge">{doctor.titleName}</Text>
      </View>
      <Text className="doctor-profile__where">
        {doctor.hospitalName} · {doctor.departmentName}
      </Text>
      <View className="visit-summary__row">
        <Text className="visit-summary__label">挂号费</Text>
        <Text className="visit-summary__value" id="doctor-fee">
          {REGISTRATION_TYPE_NAMES[doctor.registrationType]} {formatYuan(doctor.feeFen)}
        </Text>
      </View>
      {doctor.specialty ? (
        <View className="visit-summary__row">
          <Text className="visit-summary__label">擅长</Text>
          <Text className="visit-summary__value">{doctor.specialty}</Text>
        </View>
      ) : null}
      {doctor.introduction ? <Text className="doctor-profile__intro">{doctor.introduction}</Text> : null}
    </View>
  );
}
