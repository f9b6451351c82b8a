import { Text, View } from '@tarojs/components';
import type { HospitalSummary } from '@yika/sdk';
import { a11yProps } from '../../lib/a11y';
import '../list-row.scss';
import './hospital-row.scss';

const MAX_TAGS = 3;

export function HospitalRow({
  hospital,
  onOpen,
}: {
  hospital: HospitalSummary;
  onOpen: (id: string) => void;
}) {
  const tags = (hospital.tags ?? []).slice(0, MAX_TAGS);
  return (
    <View
      className="list-row hospital-row"
      onClick={() => onOpen(hospital.id)}
      {...a11yProps({
        role: 'link',
        label: `${hospital.name}，${hospital.levelName}，${hospital.district.name}`,
        focusable: true,
      })}
    >
      <View className="hospital-row__head">
        <Text className="list-row__title hospital-row__name">{hospital.name}</Text>
        <Text className="hospital-row__level">{hospital.levelName}</Text>
      </View>
      <Text className="list-row__meta">
        {hospital.district.name} · {hospital.address}
      </Text>
      {tags.length > 0 ? (
        <View className="hospital-row__tags">
          {tags.map((tag) => (
            <Text key={tag} className="hospital-row__tag">
              {tag}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
