import { http, HttpResponse } from 'msw';
import type { HospitalSummary } from '../../src/types';
import { BASE_URL, testClient } from '../support/platform';
import { useMockServer } from '../support/server';

const server = useMockServer();

function hospital(index: number): HospitalSummary {
  return {
    id: `hos_${index}`,
    name: `明州市第${index}人民医院`,
    level: '3A',
    levelName: '三级甲等',
    type: 'general',
    district: { code: '330203', name: '海曙区' },
    address: `明州市海曙区中山路${index}号`,
  };
}

describe('client.hospitals', () => {
  it('lists with filters as query parameters', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${BASE_URL}/v1/hospitals`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({ data: [hospital(1)], nextCursor: 'c2' });
      }),
    );
    const { client } = testClient();
    const page = await client.hospitals.list({ q: '儿科', district: '330203', level: '3A', limit: 5 });
    expect(page).toEqual({ data: [hospital(1)], nextCursor: 'c2' });
    expect(Object.fromEntries(url!.searchParams)).toEqual({
      q: '儿科',
      district: '330203',
      level: '3A',
      limit: '5',
    });
  });

  it('iterates every page by following nextCursor, keeping the filters', async () => {
    const queries: Array<Record<string, string>> = [];
    const pages: Record<string, { data: HospitalSummary[]; nextCursor: string | null }> = {
      start: { data: [hospital(1), hospital(2)], nextCursor: 'p2' },
      p2: { data: [hospital(3), hospital(4)], nextCursor: 'p3' },
      p3: { data: [hospital(5)], nextCursor: null },
    };
    server.use(
      http.get(`${BASE_URL}/v1/hospitals`, ({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        queries.push(query);
        return HttpResponse.json(pages[query.cursor ?? 'start']);
      }),
    );
    const { client } = testClient();
    const ids: string[] = [];
    for await (const item of client.hospitals.iterate({ level: '3A', limit: 2 })) ids.push(item.id);
    expect(ids).toEqual(['hos_1', 'hos_2', 'hos_3', 'hos_4', 'hos_5']);
    expect(queries).toEqual([
      { level: '3A', limit: '2' },
      { level: '3A', limit: '2', cursor: 'p2' },
      { level: '3A', limit: '2', cursor: 'p3' },
    ]);

    // Breaking out early fetches no further page.
    queries.length = 0;
    for await (const item of client.hospitals.iterate()) {
      expect(item.id).toBe('hos_1');
      break;
    }
    expect(queries).toHaveLength(1);
  });

  it('gets one hospital, encoding its id into the path', async () => {
    let path = '';
    server.use(
      http.get(`${BASE_URL}/v1/hospitals/:id`, ({ request }) => {
        path = new URL(request.url).pathname;
        return HttpResponse.json({
          ...hospital(1),
          phone: '0574-87085588',
          introduction: '综合医院',
          departmentCount: 30,
          updatedAt: '2026-11-01T09:00:00+08:00',
        });
      }),
    );
    const { client } = testClient();
    await expect(client.hospitals.get('hos 1/2')).resolves.toMatchObject({
      id: 'hos_1',
      departmentCount: 30,
    });
    expect(path).toBe('/v1/hospitals/hos%201%2F2');
  });

  it('unwraps departments and districts', async () => {
    const department = { id: 'd1', hospitalId: 'hos_1', name: '儿科', kind: 'pediatrics', children: [] };
    const district = { code: '330203', name: '海曙区', hospitalCount: 4 };
    server.use(
      http.get(`${BASE_URL}/v1/hospitals/hos_1/departments`, () => HttpResponse.json({ data: [department] })),
      http.get(`${BASE_URL}/v1/districts`, () => HttpResponse.json({ data: [district] })),
    );
    const { client } = testClient();
    await expect(client.hospitals.departments('hos_1')).resolves.toEqual([department]);
    await expect(client.hospitals.districts()).resolves.toEqual([district]);
  });
});
