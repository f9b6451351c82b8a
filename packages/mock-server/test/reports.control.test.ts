// `POST /__control/reports` on the standalone server, over a real socket.
import { createPlatform, startServer, type RunningServer } from '../src';
import type { EventPage } from '../src/contract/wire';
import { createApi, jsonOf } from './support/api';
import { demoFamily } from './reports.support';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    platform: createPlatform({ validateResponses: true }),
    port: 0,
    log: () => {},
  });
});
afterAll(() => server.close());

const issue = (body: unknown) =>
  fetch(`${server.url}/__control/reports`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });

describe('POST /__control/reports', () => {
  it('issues a report for the card now and tells the account (report.ready)', async () => {
    const api = createApi(server.url);
    const family = await demoFamily(api, server.platform);
    const answer = await issue({
      cardId: family.parent.cardId,
      kind: 'exam',
      exam: 'chest-xray',
      abnormal: true,
    });
    expect(answer.status).toBe(201);
    const issued = (await answer.json()) as { id: string; title: string };
    expect(issued.title).toBe('胸部正位片');

    const events = jsonOf<EventPage>(await api.get('/v1/events', { token: family.token })).data;
    expect(events[0]).toMatchObject({ type: 'report.ready', reportId: issued.id, cardRef: family.parent.id });
  });

  it('refuses a bad body (400) and an unknown card (404)', async () => {
    expect((await issue({ cardId: 'abc' })).status).toBe(400);
    expect((await issue({ cardId: 'A'.repeat(64), kind: 'scan' })).status).toBe(400);
    expect((await issue({ cardId: 'A'.repeat(64) })).status).toBe(404);
  });
});
