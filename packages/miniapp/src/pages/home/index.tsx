import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BookingEntries } from '../../components/booking/BookingEntries';
import { DefaultCardPanel } from '../../components/card/DefaultCardPanel';
import { HomeTasks } from '../../components/home/HomeTasks';
import { HospitalBrowser } from '../../components/hospital/HospitalBrowser';
import { Page } from '../../components/Page';
import { useCards } from '../../hooks/useCards';
import { useElderMode } from '../../hooks/useElderMode';
import { a11yProps } from '../../lib/a11y';
import { homePlan } from '../../lib/homePlan';
import '../../components/home/home-tasks.scss';

// Home's content costs at most two requests (lib/homePlan.ts): the account's cards, and the first page of
// hospitals where the list is shown. Elder mode (关怀模式) shows the card and four big tiles, with the
// hospitals behind 查看全部医院; nothing on home asks the resident to pay.
export default function HomePage() {
  const { enabled: elder } = useElderMode();
  const [hospitalsOpened, setHospitalsOpened] = useState(false);
  const [districtsOpened, setDistrictsOpened] = useState(false);
  const plan = homePlan({ elder, hospitalsOpened, districtsOpened });
  const cards = useCards();

  const openHospitals = () => {
    setHospitalsOpened(true);
    // The list opens below the tiles: bring it into view, or the tap would seem to do nothing.
    setTimeout(() => {
      Taro.pageScrollTo({ selector: '#hospital-browser', duration: 300 }).catch(() => undefined);
    }, 0);
  };

  usePullDownRefresh(() => {
    cards.reload();
    // With the list shown, HospitalBrowser ends the gesture once its first page is back.
    if (!plan.hospitalList) Taro.stopPullDownRefresh();
  });

  return (
    <Page id="home-page">
      <DefaultCardPanel cards={cards} />
      {plan.taskTiles ? <HomeTasks /> : null}
      {plan.bookingEntries ? <BookingEntries /> : null}
      {plan.allHospitalsLink ? (
        <View
          id="home-all-hospitals"
          className="home-all-hospitals"
          onClick={openHospitals}
          {...a11yProps({ role: 'button', label: '查看全部医院', focusable: true })}
        >
          <Text>查看全部医院</Text>
          <Text>›</Text>
        </View>
      ) : null}
      {plan.hospitalList ? (
        <View id="hospital-browser">
          <HospitalBrowser
            districtsOpen={plan.districtChoices}
            onOpenDistricts={() => setDistrictsOpened(true)}
          />
        </View>
      ) : null}
    </Page>
  );
}
