// What the home screen shows and what that costs in requests. The budget: at most 2 requests to
// show home's content. The district choices of the hospital filter are not content: they load only when
// the resident opens that filter (HospitalFilterBar), so the budget holds on every first load.

export type HomeRequest = 'cards' | 'hospitals' | 'districts';

export const HOME_REQUEST_BUDGET = 2;

export interface HomeView {
  /** Elder mode (关怀模式) is on. */
  elder: boolean;
  /** The resident asked for the hospital list (elder mode hides it behind 查看全部医院). */
  hospitalsOpened: boolean;
  /** The resident opened the district filter above the hospital list. */
  districtsOpened: boolean;
}

export interface HomePlan {
  /** The four big tiles: 出示健康卡 / 预约挂号 / 门诊缴费 / 查报告. */
  taskTiles: boolean;
  /** The smaller entries (最早可约 / 找医生 / 门诊缴费) of the standard home. */
  bookingEntries: boolean;
  hospitalList: boolean;
  /** 查看全部医院: elder mode's way to the list it does not show at first. */
  allHospitalsLink: boolean;
  districtChoices: boolean;
}

export const HOME_FIRST_VIEW = { hospitalsOpened: false, districtsOpened: false } as const;

export function homePlan(view: HomeView): HomePlan {
  const hospitalList = !view.elder || view.hospitalsOpened;
  return {
    taskTiles: view.elder,
    bookingEntries: !view.elder,
    hospitalList,
    allHospitalsLink: view.elder && !view.hospitalsOpened,
    districtChoices: hospitalList && view.districtsOpened,
  };
}

/** The requests a plan makes, in the order they start (the tiles and entries only navigate). */
export function homeRequests(plan: HomePlan): HomeRequest[] {
  const requests: HomeRequest[] = ['cards'];
  if (plan.hospitalList) requests.push('hospitals');
  if (plan.districtChoices) requests.push('districts');
  return requests;
}
