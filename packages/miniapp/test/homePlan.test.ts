import { HOME_FIRST_VIEW, HOME_REQUEST_BUDGET, homePlan, homeRequests } from '../src/lib/homePlan';

describe('home request plan', () => {
  it.each([false, true])('first load (elder %s) stays within 2 requests', (elder) => {
    expect(homeRequests(homePlan({ elder, ...HOME_FIRST_VIEW })).length).toBeLessThanOrEqual(
      HOME_REQUEST_BUDGET,
    );
  });

  it('standard home: the card and the first page of hospitals, no districts', () => {
    const plan = homePlan({ elder: false, ...HOME_FIRST_VIEW });
    expect(homeRequests(plan)).toEqual(['cards', 'hospitals']);
    expect(plan).toMatchObject({ bookingEntries: true, taskTiles: false, allHospitalsLink: false });
  });

  it('elder home: the card and the four tiles; the hospitals wait behind 查看全部医院', () => {
    const plan = homePlan({ elder: true, ...HOME_FIRST_VIEW });
    expect(homeRequests(plan)).toEqual(['cards']);
    expect(plan).toMatchObject({
      taskTiles: true,
      bookingEntries: false,
      hospitalList: false,
      allHospitalsLink: true,
    });
    const opened = homePlan({ elder: true, hospitalsOpened: true, districtsOpened: false });
    expect(homeRequests(opened)).toEqual(['cards', 'hospitals']);
    expect(opened.allHospitalsLink).toBe(false);
  });

  it('the district choices load only once the resident opens that filter', () => {
    expect(homeRequests(homePlan({ elder: false, hospitalsOpened: false, districtsOpened: true }))).toEqual([
      'cards',
      'hospitals',
      'districts',
    ]);
    // No list, no filter: an opened district filter in a hidden list fetches nothing.
    expect(homePlan({ elder: true, hospitalsOpened: false, districtsOpened: true }).districtChoices).toBe(
      false,
    );
  });
});
