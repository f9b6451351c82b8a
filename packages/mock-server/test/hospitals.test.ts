import type { Department, District, Hospital, HospitalPage, HospitalSummary } from '../src/contract/wire';
import { createApi, errorOf, jsonOf } from './support/api';
import { usePlatform } from './support/msw';

const context = usePlatform({ seed: 1 });
const api = createApi();

async function walk(params: string, limit: number): Promise<{ pages: number; hospitals: HospitalSummary[] }> {
  const hospitals: HospitalSummary[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = `${params}${params ? '&' : ''}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: HospitalPage = jsonOf<HospitalPage>(await api.get(`/v1/hospitals?${query}`));
    expect(page.data.length).toBeLessThanOrEqual(limit);
    hospitals.push(...page.data);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor !== null);
  return { pages, hospitals };
}

describe('hospital list', () => {
  it('pages through every hospital exactly once', async () => {
    const total = context.platform.store.hospitals.all().length;
    const { pages, hospitals } = await walk('', 4);
    expect(pages).toBe(Math.ceil(total / 4));
    expect(hospitals).toHaveLength(total);
    expect(new Set(hospitals.map((hospital) => hospital.id)).size).toBe(total);
  });

  it('pages 20 at a time by default and caps the page at 50', async () => {
    const total = context.platform.store.hospitals.all().length;
    const first = jsonOf<HospitalPage>(await api.get('/v1/hospitals'));
    expect(first.data).toHaveLength(Math.min(20, total));
    expect(first.nextCursor === null).toBe(total <= 20);
    const all = jsonOf<HospitalPage>(await api.get('/v1/hospitals?limit=50'));
    expect(all.data).toHaveLength(total);
    expect(all.nextCursor).toBeNull();
  });

  it('orders by grade, highest first, then by name', async () => {
    const { hospitals } = await walk('', 50);
    const rank = ['3A', '3B', '2A', '2B', '1A'];
    const ranks = hospitals.map((hospital) => rank.indexOf(hospital.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const topGrade = hospitals.filter((hospital) => hospital.level === '3A').map((hospital) => hospital.name);
    expect(topGrade).toEqual([...topGrade].sort(new Intl.Collator('zh-Hans-CN').compare));
  });

  it('searches name, short name and address, and filters by district and grade', async () => {
    const byName = await walk(`q=${encodeURIComponent('人民医院')}`, 3);
    expect(byName.hospitals.length).toBeGreaterThan(1);
    for (const hospital of byName.hospitals) expect(hospital.name).toContain('人民医院');

    const byShortName = jsonOf<HospitalPage>(
      await api.get(`/v1/hospitals?q=${encodeURIComponent('市一院')}`),
    );
    expect(byShortName.data.map((hospital) => hospital.name)).toEqual(['明州市第一人民医院']);

    const street = context.platform.store.hospitals
      .all()[0]!
      .address.replace(/^明州市..区/, '')
      .replace(/\d+号$/, '');
    const byAddress = jsonOf<HospitalPage>(
      await api.get(`/v1/hospitals?q=${encodeURIComponent(street)}&limit=50`),
    );
    expect(byAddress.data.length).toBeGreaterThan(0);
    for (const hospital of byAddress.data) expect(hospital.address).toContain(street);

    const inHaishu = await walk('district=330203', 2);
    expect(inHaishu.hospitals.length).toBe(
      jsonOf<{ data: District[] }>(await api.get('/v1/districts')).data.find((d) => d.code === '330203')
        ?.hospitalCount,
    );
    for (const hospital of inHaishu.hospitals)
      expect(hospital.district).toEqual({ code: '330203', name: '海曙区' });

    const community = await walk('level=1A', 2);
    expect(community.hospitals.length).toBeGreaterThan(0);
    for (const hospital of community.hospitals) expect(hospital.levelName).toBe('一级甲等');

    const none = jsonOf<HospitalPage>(await api.get('/v1/hospitals?district=110101'));
    expect(none).toEqual({ data: [], nextCursor: null });
  });

  it('refuses a cursor from another filter, a made-up cursor and bad limits', async () => {
    const page = jsonOf<HospitalPage>(await api.get('/v1/hospitals?limit=2'));
    const cursor = encodeURIComponent(page.nextCursor!);
    for (const path of [
      `/v1/hospitals?level=3A&cursor=${cursor}`,
      '/v1/hospitals?cursor=not-a-cursor',
      `/v1/hospitals?cursor=${Buffer.from('{"o":999,"f":"x"}').toString('base64url')}`,
      '/v1/hospitals?limit=0',
      '/v1/hospitals?limit=51',
      '/v1/hospitals?limit=ten',
      '/v1/hospitals?level=4A',
      '/v1/hospitals?district=3302',
      '/v1/hospitals?q=',
    ]) {
      const exchange = await api.get(path);
      expect(exchange.status).toBe(400);
      const error = errorOf(exchange);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details?.[0]?.field).toMatch(/^query\.(cursor|limit|level|district|q)$/);
    }
  });
});

describe('hospital detail and departments', () => {
  it('gives the detail with the department count of its tree', async () => {
    const [first] = jsonOf<HospitalPage>(await api.get('/v1/hospitals?limit=1')).data;
    const hospital = jsonOf<Hospital>(await api.get(`/v1/hospitals/${first!.id}`));
    expect(hospital).toMatchObject(first!);
    expect(hospital.phone).toMatch(/^0574-/);
    expect(hospital.location).toEqual({ lat: expect.any(Number), lng: expect.any(Number) });
    const tree = jsonOf<{ data: Department[] }>(await api.get(`/v1/hospitals/${first!.id}/departments`)).data;
    const count = (departments: Department[]): number =>
      departments.reduce((sum, department) => sum + 1 + count(department.children), 0);
    expect(hospital.departmentCount).toBe(count(tree));
  });

  it('answers 404 NOT_FOUND for an unknown hospital', async () => {
    for (const path of ['/v1/hospitals/hos_nope', '/v1/hospitals/hos_nope/departments']) {
      const exchange = await api.get(path);
      expect(exchange.status).toBe(404);
      expect(errorOf(exchange).code).toBe('NOT_FOUND');
      expect(exchange.headers.get('x-request-id')).toBe(errorOf(exchange).requestId);
    }
  });

  it('returns copies: changing a response cannot change the platform', async () => {
    const [first] = context.platform.store.hospitals.all();
    const tree = context.platform.store.hospitals.departments(first!.id);
    tree[0]!.name = 'changed';
    expect(context.platform.store.hospitals.departments(first!.id)[0]!.name).not.toBe('changed');
  });
});
