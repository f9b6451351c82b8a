import { ComingSoon } from '../../components/ComingSoon';
import { Page } from '../../components/Page';

export default function AppointmentsPage() {
  return (
    <Page id="appointments-page">
      <ComingSoon feature="预约挂号" description="很快就能在这里为自己和家人预约全市医院的号源。" />
    </Page>
  );
}
